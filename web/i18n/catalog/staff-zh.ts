// The staff console’s frame: the words in Chinese (zh-CN, the default). English: staff-en.ts.
export default {
  title: '员工工作台',
  signIn: '员工登录',
  username: '用户名',
  password: '密码',
  submit: '登录',
  wrong: '用户名或密码不正确。',
  language: '语言',
  inEnglish: '{{ field }}（英文，可选）',
  readsEnglish: '这位客户使用英文界面：可另写一份英文，留空则显示中文原文。',
  // Each language named in itself, the same in both catalogs.
  languageName: { zh: '中文', en: 'English' },
  signOut: '退出',
  home: '客户查询',
  search: '按手机号、车牌或姓名查找',
  searchButton: '查找',
  noResults: '没有找到匹配的客户。',
  vehicles: '车辆',
  customer: '客户',
  phone: '手机号',
  role: { advisor: '服务顾问', technician: '技师', manager: '经理' },
  customerApp: '返回车主应用',
  readOnly: '您的岗位只能查看这里的设置。',
  form: { invalidField: '请检查“{{field}}”。' },
  words: {
    estimateLater: '比承诺的时间晚：请改为发布延误，写明原因。',
    estimateLaterAsk: '比承诺的时间晚：请告诉服务顾问发布延误。',
  },
  // Refusals worded for staff where the customer's words (errors-zh.ts) would not fit.
  refused: {
    forbidden: '您的岗位不能进行这项操作。',
    quote_outdated: '这份报价已有更新的版本，请刷新后再操作。',
    conflict: '内容已被同事更改，请刷新后重试。',
    not_found: '没有找到，可能已被删除或不属于本店。',
  },
};
