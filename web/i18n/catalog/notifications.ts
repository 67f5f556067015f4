import { catalog } from './catalog.ts';

export default catalog(
  {
    tab: '消息',
    title: '消息',
    leadUnread: '您有 {{ n }} 条未读消息。',
    leadAllRead: '消息都已读过。',
    empty: '暂无消息。预约确认、到店提醒、维修进度和报价都会在这里通知您。',
    unread: '未读',
    markAll: '全部标为已读',
    open: '查看',
  },
  {
    tab: 'Messages',
    title: 'Messages',
    leadUnread: 'You have {{ n }} unread message(s).',
    leadAllRead: 'You have read all your messages.',
    empty: 'No messages yet. Booking confirmations, reminders, repair progress and quotes will appear here.',
    unread: 'Unread',
    markAll: 'Mark all as read',
    open: 'Open',
  },
);
