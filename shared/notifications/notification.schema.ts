/**
 * The in-app notification center: what a customer sees under the "消息" tab. Every notification is
 * written by the server (server/notifications/notify.ts) and mirrored to the device as the
 * `notification` entity; the customer marks them read through the outbox (`notifications.markRead`).
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { IsoDateTimeSchema, UuidSchema } from '../ids.ts';

/** A text in both languages the app speaks; the device shows the one the customer chose. */
export const LocalizedTextSchema = v.object({
  zh: v.pipe(text(), v.minLength(1), v.maxLength(500)),
  en: v.pipe(text(), v.minLength(1), v.maxLength(500)),
});
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;

/**
 * What a notification is about. Features add their kinds here; the category decides which customer
 * preference governs the outside channels (Web Push): in-app notifications are always kept.
 */
export const NOTIFICATION_KINDS = {
  booking_confirmed: 'reminders',
  booking_reminder_24h: 'reminders',
  booking_reminder_2h: 'reminders',
  booking_rescheduled: 'reminders',
  booking_cancelled: 'reminders',
  booking_proposal: 'reminders',
  timeline_event: 'timeline',
  car_ready: 'timeline',
  quote_waiting: 'quotes',
  quote_decided: 'quotes',
  quote_withdrawn: 'quotes',
  referral: 'marketing',
  survey: 'timeline',
  other: 'timeline',
} as const satisfies Record<string, 'reminders' | 'timeline' | 'quotes' | 'marketing'>;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NotificationKindSchema = v.picklist(
  Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]],
);

/** An in-app path ("/bookings/…"), never another origin: deep links open a screen of this app. */
export const DeepLinkSchema = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(/^\/(?!\/)[\w\-./?=&%#]*$/, 'must be an in-app path starting with /'),
);

/** The `notification` view row on the device. */
export const NotificationSchema = v.object({
  id: UuidSchema,
  kind: NotificationKindSchema,
  title: LocalizedTextSchema,
  body: LocalizedTextSchema,
  link: v.nullable(DeepLinkSchema),
  createdAt: IsoDateTimeSchema,
  readAt: v.nullable(IsoDateTimeSchema),
  /** Set once what it asked for is done or moot: the notice stays as history, no longer an action. */
  settledAt: v.optional(v.nullable(IsoDateTimeSchema), null),
});
export type Notification = v.InferOutput<typeof NotificationSchema>;

export const MarkReadArgsSchema = v.object({
  ids: v.pipe(v.array(UuidSchema), v.minLength(1, 'must name at least one notification'), v.maxLength(200)),
});
export type MarkReadArgs = v.InferOutput<typeof MarkReadArgsSchema>;
