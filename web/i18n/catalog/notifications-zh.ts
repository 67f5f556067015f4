// The notification center: the words in Chinese (zh-CN, the default). English: notifications-en.ts.
export default {
  tab: '消息',
  title: '消息',
  leadUnread: '您有 {{ n }} 条未读消息。',
  leadUnreadOne: '您有 1 条未读消息。',
  leadAllRead: '消息都已读过。',
  empty: '暂无消息。预约确认、到店提醒、维修进度和报价都会在这里通知您。',
  unread: '未读',
  markAll: '全部标为已读',
  open: '查看',
  settled: '已处理',
};
