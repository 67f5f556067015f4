// The notification center: the words in English (the same keys as notifications-zh.ts).
export default {
  tab: 'Messages',
  title: 'Messages',
  leadUnread: 'You have {{ n }} unread messages.',
  leadUnreadOne: 'You have 1 unread message.',
  leadAllRead: 'You have read all your messages.',
  empty: 'No messages yet. Booking confirmations, reminders, repair progress and quotes will appear here.',
  unread: 'Unread',
  markAll: 'Mark all as read',
  open: 'Open',
  settled: 'Done',
};
