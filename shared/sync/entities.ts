/**
 * The entities the server mirrors into the customer's device. Each is a customer-facing projection
 * (a view row), not a database table: the server decides what the customer may see and publishes it
 * with the change that caused it. Features add their entity names here.
 */
export const ENTITIES = {
  center: 'center',
  profile: 'profile',
  preferences: 'preferences',
  vehicle: 'vehicle',
  visit: 'visit',
  finding: 'finding',
  reading: 'reading',
  shareLink: 'share_link',
  notification: 'notification',
  booking: 'booking',
  bookingProposal: 'booking_proposal',
  quote: 'quote',
  quoteAuthorization: 'quote_authorization',
  quoteDeferral: 'quote_deferral',
  timelineEvent: 'timeline_event',
  visitProgress: 'visit_progress',
  delivery: 'delivery',
  referralLink: 'referral_link',
  referralInvitee: 'referral_invitee',
  referralReward: 'referral_reward',
  membership: 'membership',
  survey: 'survey',
  bill: 'bill',
  remark: 'remark',
  familyShare: 'family_share',
} as const;
export type EntityName = (typeof ENTITIES)[keyof typeof ENTITIES] | (string & {});
