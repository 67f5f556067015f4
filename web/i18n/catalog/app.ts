import { catalog } from './catalog.ts';

export default catalog(
  {
    name: 'Pitlane',
    skip: '跳到主要内容',
    nav: { vehicles: '车辆', settings: '我的', label: '主导航' },
    loading: '正在加载…',
    back: '返回',
    close: '关闭',
    retry: '重试',
    notFound: '没有找到这个页面。',
    goHome: '回到首页',
    update: { ready: '新版本已就绪。', apply: '立即更新', later: '稍后', busy: '请先完成当前操作，再更新。' },
    install: { ios: '在 Safari 中点“分享”→“添加到主屏幕”，离线使用更可靠。' },
  },
  {
    name: 'Pitlane',
    skip: 'Skip to main content',
    nav: { vehicles: 'Vehicles', settings: 'Me', label: 'Main navigation' },
    loading: 'Loading…',
    back: 'Back',
    close: 'Close',
    retry: 'Try again',
    notFound: 'This page does not exist.',
    goHome: 'Go to the home screen',
    update: {
      ready: 'A new version is ready.',
      apply: 'Update now',
      later: 'Later',
      busy: 'Finish what you are doing first, then update.',
    },
    install: { ios: 'In Safari tap Share → Add to Home Screen so the app works reliably offline.' },
  },
);
