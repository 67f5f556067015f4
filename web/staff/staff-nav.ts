import type { StaffAction } from '@shared/staff/permissions.ts';

// Links in the staff console's top bar, each shown to the roles its action allows. Staff features add one line each.
export const STAFF_NAV: { href: string; labelKey: string; action: StaffAction }[] = [
  { href: '/staff', labelKey: 'staff.home', action: 'customers.read' },
  { href: '/staff/health-record', labelKey: 'healthRecord.staff.nav', action: 'healthRecord.read' },
  { href: '/staff/quotes', labelKey: 'quotes.staff.nav', action: 'quotes.read' },
  { href: '/staff/timeline', labelKey: 'timeline.staff.board', action: 'timeline.read' },
  { href: '/staff/booking', labelKey: 'booking.staff.nav', action: 'booking.read' },
  { href: '/staff/referrals', labelKey: 'referral.staff.nav', action: 'referrals.read' },
  { href: '/staff/membership', labelKey: 'membership.staff.nav', action: 'membership.members' },
  { href: '/staff/surveys', labelKey: 'surveys.staff.nav', action: 'surveys.cases' },
];
