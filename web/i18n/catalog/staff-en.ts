// The staff console’s frame: the words in English (the same keys as staff-zh.ts).
export default {
  title: 'Staff console',
  signIn: 'Staff sign-in',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  wrong: 'The username or password is not right.',
  language: 'Language',
  inEnglish: '{{ field }} (English, optional)',
  readsEnglish:
    'This customer reads the app in English: add an English text, or leave it empty to show the Chinese as written.',
  // Each language named in itself, the same in both catalogs.
  languageName: { zh: '中文', en: 'English' },
  signOut: 'Sign out',
  home: 'Find a customer',
  search: 'Search by phone, plate or name',
  searchButton: 'Search',
  noResults: 'No matching customer.',
  vehicles: 'Vehicles',
  customer: 'Customer',
  phone: 'Phone',
  role: { advisor: 'Service advisor', technician: 'Technician', manager: 'Manager' },
  customerApp: 'Back to the customer app',
  readOnly: 'Your role can view these settings but not change them.',
  form: { invalidField: 'Please check “{{field}}”.' },
  words: {
    estimateLater: 'This is later than the promised time: post a delay with its reason instead.',
    estimateLaterAsk: 'This is later than the promised time: ask a service advisor to post a delay.',
  },
  refused: {
    forbidden: 'Your role cannot do this.',
    quote_outdated: 'This quote has a newer version; refresh and try again.',
    conflict: 'A colleague changed this meanwhile; refresh and try again.',
    not_found: 'Not found: it may have been removed or belong to another center.',
  },
};
