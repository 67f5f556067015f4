// Links in the staff console's side bar. Staff features add one line each.
export const STAFF_NAV: { href: string; labelKey: string }[] = [
  { href: '/staff', labelKey: 'staff.home' },
  { href: '/staff/health-record', labelKey: 'healthRecord.staff.nav' },
  { href: '/staff/quotes', labelKey: 'quotes.staff.nav' },
  { href: '/staff/timeline', labelKey: 'timeline.staff.board' },
  { href: '/staff/booking', labelKey: 'booking.staff.nav' },
];
