/**
 * The row schema of every mirrored entity: what a device holds under each name in ENTITIES. The pull
 * keeps only rows that pass their schema (web/sync/pull.ts) and the device's reads and optimistic
 * effects are typed from it (`EntityRow<'quote'>`), so a screen never casts a row.
 *
 * A few entities hold more than the server sends: the fields an optimistic effect adds while its
 * mutation is pending (a booking made offline lacks what only the server can derive; a signed quote
 * carries the decision until the server's record arrives). Those fields are optional here.
 */
import * as v from 'valibot';
import { BillViewSchema } from '../billing/bill-view.ts';
import { FamilyShareSchema } from '../family/family.schema.ts';
import { RemarkSchema } from '../remarks/remark.schema.ts';
import { SurveyViewSchema } from '../surveys/survey-view.schema.ts';
import { ProfileSchema } from '../auth/profile.schema.ts';
import { BookingProposalSchema, BookingSchema } from '../booking/booking.schema.ts';
import { CenterSchema } from '../center/center.schema.ts';
import { FindingViewSchema, ReadingViewSchema } from '../health-record/record-view.schema.ts';
import { ShareLinkViewSchema } from '../health-record/share-link.schema.ts';
import { VisitViewSchema } from '../health-record/visit-view.schema.ts';
import { UuidSchema } from '../ids.ts';
import { MembershipViewSchema } from '../membership/membership-view.schema.ts';
import { NotificationSchema } from '../notifications/notification.schema.ts';
import { AuthorizationRecordSchema } from '../quotes/authorization.schema.ts';
import { DeferralSchema } from '../quotes/deferral.schema.ts';
import { PendingDecisionSchema } from '../quotes/pending-decision.schema.ts';
import { QuoteViewSchema } from '../quotes/quote-view.schema.ts';
import { InviteeSchema, ReferralLinkSchema, RewardSchema } from '../referral/referral.schema.ts';
import { PreferencesSchema } from '../settings/preferences.schema.ts';
import { CheckKeySchema, DeliverySchema } from '../timeline/delivery.schema.ts';
import { TimelineEventSchema, VisitProgressSchema } from '../timeline/timeline.schema.ts';
import { VehicleSchema } from '../vehicles/vehicle.schema.ts';
import { ENTITIES } from './entities.ts';

/** A booking made on this device shows before the server has filled in what it derives. */
const BookingMirrorSchema = v.partial(BookingSchema, [
  'vehicle',
  'serviceCode',
  'serviceName',
  'durationMinutes',
  'endsAt',
  'bay',
  'advisorName',
  'center',
  'checklist',
]);

/** An answer given on this device before the survey was offered: the screen reads the visit for the rest. */
const SurveyMirrorSchema = v.partial(SurveyViewSchema, ['vehicleId', 'visitTitle', 'deliveredAt', 'offeredAt']);

export const ENTITY_SCHEMAS = {
  [ENTITIES.center]: CenterSchema,
  [ENTITIES.profile]: ProfileSchema,
  [ENTITIES.preferences]: v.object({ id: UuidSchema, ...PreferencesSchema.entries }),
  [ENTITIES.vehicle]: VehicleSchema,
  [ENTITIES.visit]: VisitViewSchema,
  [ENTITIES.finding]: FindingViewSchema,
  [ENTITIES.reading]: ReadingViewSchema,
  [ENTITIES.shareLink]: ShareLinkViewSchema,
  [ENTITIES.notification]: NotificationSchema,
  [ENTITIES.booking]: BookingMirrorSchema,
  [ENTITIES.bookingProposal]: BookingProposalSchema,
  [ENTITIES.quote]: v.object({ ...QuoteViewSchema.entries, pendingDecision: v.optional(PendingDecisionSchema) }),
  [ENTITIES.quoteAuthorization]: AuthorizationRecordSchema,
  [ENTITIES.quoteDeferral]: DeferralSchema,
  [ENTITIES.timelineEvent]: TimelineEventSchema,
  [ENTITIES.visitProgress]: VisitProgressSchema,
  /** pendingKeys: the checks confirmed on this device and not yet synced. */
  [ENTITIES.delivery]: v.object({ ...DeliverySchema.entries, pendingKeys: v.optional(v.array(CheckKeySchema)) }),
  [ENTITIES.referralLink]: ReferralLinkSchema,
  [ENTITIES.referralInvitee]: InviteeSchema,
  [ENTITIES.referralReward]: RewardSchema,
  [ENTITIES.membership]: MembershipViewSchema,
  [ENTITIES.survey]: SurveyMirrorSchema,
  [ENTITIES.bill]: BillViewSchema,
  [ENTITIES.remark]: RemarkSchema,
  [ENTITIES.familyShare]: FamilyShareSchema,
} satisfies { [K in MirroredEntity]: v.GenericSchema };

/** A name in ENTITIES: every one must have its schema above (tsc refuses the map otherwise). */
export type MirroredEntity = (typeof ENTITIES)[keyof typeof ENTITIES];
export type EntityRow<E extends MirroredEntity> = v.InferOutput<(typeof ENTITY_SCHEMAS)[E]>;

const NAMES = new Set<string>(Object.values(ENTITIES));
export const isMirroredEntity = (name: string): name is MirroredEntity => NAMES.has(name);
