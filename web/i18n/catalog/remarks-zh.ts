// Remarks carried forward (what the customer said last time, and the advisor's answer): the words in Chinese.
export default {
  open: {
    title: '上次您提到',
    lead: '这些问题我们记着，这次到店会一并查看。',
    raised: '{{ date }} · {{ source }}',
  },
  source: {
    booking: '预约时填写',
    check_in: '到店时告诉顾问',
    finding: '上次检查发现，留待下次',
    deferral: '您选择稍后再做',
  },
  status: {
    open: '待查看',
    checked: '已检查',
    fixed: '已解决',
    still_open: '仍待解决',
  },
  answered: {
    title: '您提到的问题',
    lead: '每一条我们都查看了，结果如下。',
    by: '{{ name }}',
    stillOpen: '仍待解决的问题会留在车辆档案里，下次到店时继续跟进。',
  },
  staff: {
    title: '客户上次提到的问题',
    none: '这辆车没有待处理的客户备注。',
    add: '客户这次提到',
    addButton: '记下',
    answer: '回复',
    note: '说明（客户可见）',
    mark: {
      checked: '已检查',
      fixed: '已解决',
      still_open: '仍待解决',
    },
    answeredHere: '本次：{{ status }}',
  },
};
