/**
 * Outside channels for a notification, by kind: how long a push may wait in the push service (TTL),
 * how urgent it is, whether it must arrive (then it also goes by text message when push cannot
 * carry it), and whether quiet hours hold it.
 */
import { NOTIFICATION_KINDS, type NotificationKind } from './notification.schema.ts';

export type PushUrgency = 'very-low' | 'low' | 'normal' | 'high';
export type Channel = 'web_push' | 'sms';
export type Category = (typeof NOTIFICATION_KINDS)[NotificationKind];

const HOUR_S = 3600;

type KindPolicy = {
  /** Seconds the push service keeps an undelivered push; never the library's 4-week default. */
  ttlSeconds: number;
  urgency: PushUrgency;
  /** Also sent by text message when no working push channel carries it. */
  mustArrive: boolean;
  /** Delivered even inside quiet hours (the car is ready while it is in the workshop). */
  ignoresQuietHours: boolean;
};

const DEFAULT: KindPolicy = { ttlSeconds: 12 * HOUR_S, urgency: 'normal', mustArrive: false, ignoresQuietHours: false };

export const KIND_POLICY: Record<NotificationKind, KindPolicy> = {
  booking_confirmed: { ...DEFAULT, ttlSeconds: 24 * HOUR_S },
  // A reminder is useful until the appointment; the scheduler passes that as a per-event TTL.
  booking_reminder_24h: { ...DEFAULT, ttlSeconds: 24 * HOUR_S },
  booking_reminder_2h: { ...DEFAULT, ttlSeconds: 2 * HOUR_S, urgency: 'high', mustArrive: true },
  booking_rescheduled: { ...DEFAULT, ttlSeconds: 24 * HOUR_S },
  booking_cancelled: { ...DEFAULT, ttlSeconds: 24 * HOUR_S },
  booking_proposal: { ...DEFAULT, ttlSeconds: 3 * 24 * HOUR_S, urgency: 'low' },
  timeline_event: { ...DEFAULT, ttlSeconds: 4 * HOUR_S },
  car_ready: { ttlSeconds: 4 * HOUR_S, urgency: 'high', mustArrive: true, ignoresQuietHours: true },
  // Must arrive, and does: sending a quote always texts its approval link (server/quotes), so the
  // pipeline does not text it a second time.
  quote_waiting: { ...DEFAULT, ttlSeconds: 24 * HOUR_S, urgency: 'high', mustArrive: false },
  quote_decided: { ...DEFAULT, ttlSeconds: 12 * HOUR_S },
  quote_withdrawn: { ...DEFAULT, ttlSeconds: 12 * HOUR_S },
  referral: { ...DEFAULT, ttlSeconds: 3 * 24 * HOUR_S, urgency: 'low' },
  // Must arrive: its text message carries the signed survey link (server/surveys/survey-offer.ts).
  survey: { ...DEFAULT, ttlSeconds: 3 * 24 * HOUR_S, urgency: 'low', mustArrive: true },
  other: DEFAULT,
};

export const categoryOf = (kind: NotificationKind): Category => NOTIFICATION_KINDS[kind];

/** The channels a notification of this kind is queued on (each once: a delivery row per channel). */
export const channelsFor = (kind: NotificationKind): Channel[] =>
  KIND_POLICY[kind].mustArrive ? ['web_push', 'sms'] : ['web_push'];

/** At most this many text messages a customer gets a day (center's calendar day), one-time codes aside. */
export const SMS_DAILY_CAP = 5;

/**
 * Apple's push service answers 201 even for a subscription nobody reads any more; a subscription
 * whose last pushes were never shown on the device stops counting as a working channel.
 */
export const PUSH_UNSHOWN_LIMIT = 3;
