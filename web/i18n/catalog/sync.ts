import { catalog } from './catalog.ts';

export default catalog(
  {
    offline: '离线中：您看到的是上次同步的内容，操作会在联网后自动提交。',
    syncing: '正在同步…',
    pending: '{{ n }} 项操作等待同步',
    failing: '暂时连不上服务器，稍后自动重试。',
    refused: '有 {{ n }} 项操作未能完成',
    refusedTitle: '未能完成的操作',
    why: '查看原因',
    dismiss: '知道了',
    pendingBadge: '等待同步',
    syncedBadge: '已同步',
    refusedBadge: '未完成',
    signedOutElsewhere: '登录已失效，请重新登录。',
    mutation: {
      'preferences.set': '更改设置',
      'delivery.confirmCheck': '确认交车验证项',
    },
  },
  {
    offline: 'Offline: you see what was last synced; your actions are sent when you are back online.',
    syncing: 'Syncing…',
    pending: '{{ n }} action(s) waiting to sync',
    failing: 'Cannot reach the server right now; retrying automatically.',
    refused: '{{ n }} action(s) could not be completed',
    refusedTitle: 'Actions that could not be completed',
    why: 'See why',
    dismiss: 'OK',
    pendingBadge: 'Waiting to sync',
    syncedBadge: 'Synced',
    refusedBadge: 'Not completed',
    signedOutElsewhere: 'Your sign-in has expired; please sign in again.',
    mutation: {
      'preferences.set': 'Change settings',
      'delivery.confirmCheck': 'Confirm a delivery check',
    },
  },
);
