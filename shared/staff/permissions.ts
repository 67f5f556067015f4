/**
 * Who may do what in the staff console: one table read by the server's route guard
 * (server/auth/auth.middleware.ts `requireAction`) and by the console, which offers a control only
 * to the roles listed here — so a visible button never leads to a 403.
 */
import type { StaffRole } from '../auth/auth.schema.ts';

const ALL = ['advisor', 'technician', 'manager'] as const satisfies readonly StaffRole[];
const FRONT_DESK = ['advisor', 'manager'] as const satisfies readonly StaffRole[];
const MANAGER = ['manager'] as const satisfies readonly StaffRole[];

export const STAFF_PERMISSIONS = {
  'customers.read': ALL,
  'customers.create': FRONT_DESK,
  'team.read': MANAGER,
  'vehicles.create': FRONT_DESK,
  'media.upload': ALL,
  'healthRecord.read': ALL,
  'healthRecord.recordVisit': FRONT_DESK,
  'healthRecord.recordFinding': ALL,
  'healthRecord.recordReadings': ALL,
  'quotes.read': ALL,
  'quotes.edit': FRONT_DESK,
  'quotes.send': FRONT_DESK,
  'quotes.withdraw': FRONT_DESK,
  'timeline.read': ALL,
  'timeline.checkIn': FRONT_DESK,
  'timeline.postEvent': ALL,
  'timeline.estimate': ALL,
  'timeline.delay': FRONT_DESK,
  'timeline.earlyFinish': FRONT_DESK,
  'timeline.delivery': FRONT_DESK,
  'booking.read': ALL,
  'booking.capacity': MANAGER,
  'booking.serviceTypes': MANAGER,
  'booking.exceptions': FRONT_DESK,
  'booking.propose': FRONT_DESK,
  'referrals.read': FRONT_DESK,
  'referrals.mark': FRONT_DESK,
  'membership.settingsRead': ALL,
  'membership.settingsEdit': MANAGER,
  'membership.members': FRONT_DESK,
  'membership.adjust': MANAGER,
  'membership.redeem': FRONT_DESK,
  'membership.reverse': MANAGER,
  'membership.vouchers': FRONT_DESK,
  'billing.read': FRONT_DESK,
  'surveys.dashboard': MANAGER,
  'surveys.cases': FRONT_DESK,
  'remarks.read': ALL,
  'remarks.add': FRONT_DESK,
  'remarks.answer': FRONT_DESK,
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffAction = keyof typeof STAFF_PERMISSIONS;

export const rolesFor = (action: StaffAction): readonly StaffRole[] => STAFF_PERMISSIONS[action];
export const can = (role: StaffRole | null | undefined, action: StaffAction) =>
  !!role && (STAFF_PERMISSIONS[action] as readonly StaffRole[]).includes(role);
