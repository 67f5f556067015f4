// Settings: the words in English (the same keys as settings-zh.ts).
export default {
  title: 'Me',
  account: 'Account',
  language: 'Language',
  languageHint: 'The language of the app',
  zh: '简体中文',
  en: 'English',
  largeText: 'Large text',
  largeTextHint: 'Bigger text and buttons, easier to read',
  notifications: 'Notifications',
  notifyReminders: 'Booking and service reminders',
  notifyTimeline: 'Repair progress updates',
  notifyQuotes: 'Quotes waiting for you',
  notifyMarketing: 'Offers and events',
  push: {
    title: 'Phone notifications',
    on: 'Notifications are on for this device: quotes, car ready and booking reminders pop up here.',
    off: 'Notifications are off for this device.',
    turnOn: 'Turn on phone notifications',
    turnOff: 'Turn off on this device',
    failed:
      'This device cannot receive push notifications (some phone browsers do not support them). Important notices will come by text message.',
    unsupported: 'This browser does not support push notifications. Important notices will come by text message.',
    denied:
      'Notifications are blocked in your browser. To turn them on, allow notifications for this site in the browser settings; important notices will come by text message.',
    iosHomeScreen:
      'On iPhone, first tap the browser’s Share button, choose “Add to Home Screen”, then open the app from the Home Screen to turn on notifications. Until then, important notices come by text message.',
    sms: 'Also text me what is important',
    smsHint:
      'A quote waiting, your car ready, the 2-hour booking reminder: by text message when push cannot reach you, at most 5 a day.',
    quiet: 'Quiet hours {{ from }}–{{ to }}: notices are held until they end (except your car being ready).',
  },
  storage: 'Offline viewing',
  persisted: 'Your car records and messages are kept on this phone, so you can see them without a network.',
  notPersisted:
    'Your car records and messages are kept on this phone, so you can see them without a network. If the phone runs low on space they may be cleared; they come back once you are online.',
  usage: '{{ used }} used',
  lastSync: 'Last synced: {{ at }}',
  neverSynced: 'Not synced yet',
  pendingCount: 'Actions waiting to sync: {{ n }}',
  version: 'Version {{ id }}',
  center: 'Service center',
  call: 'Call {{ phone }}',
};
