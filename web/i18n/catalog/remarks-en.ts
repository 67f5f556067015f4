// Remarks carried forward (what the customer said last time, and the advisor's answer): the words in English (the same keys as remarks-zh.ts).
export default {
  open: {
    title: 'Last time you mentioned',
    lead: 'We have kept these in mind and will look at them on this visit.',
    raised: '{{ date }} · {{ source }}',
  },
  source: {
    booking: 'When you booked',
    check_in: 'Told your advisor at check-in',
    finding: 'Found last time, left for later',
    deferral: 'You chose to do it later',
  },
  status: {
    open: 'To look at',
    checked: 'Checked',
    fixed: 'Fixed',
    still_open: 'Still open',
  },
  answered: {
    title: 'What you mentioned',
    lead: 'We looked at each one; here is what we found.',
    by: '{{ name }}',
    stillOpen: 'Anything still open stays on your car’s record and we follow it up on your next visit.',
  },
  staff: {
    title: 'What the customer mentioned before',
    none: 'No open customer remarks for this car.',
    add: 'The customer mentions now',
    addButton: 'Note it',
    answer: 'Answer',
    note: 'Note (the customer sees it)',
    mark: {
      checked: 'Checked',
      fixed: 'Fixed',
      still_open: 'Still open',
    },
    answeredHere: 'This visit: {{ status }}',
  },
};
