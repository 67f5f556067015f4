/**
 * OPTIMISTIC: every customer mutation's optimistic effect, composed from the features' maps. It must
 * cover every name in shared/sync/mutations.ts (`satisfies AllEffects`), so a new mutation without an
 * effect fails tsc. The live reads (web/sync/records.ts) replay the outbox through this map.
 */
import { bookingEffects } from '../booking/booking.optimistic.ts';
import { billEffects } from './bill/bill.optimistic.ts';
import { healthRecordEffects } from '../health-record/health-record.optimistic.ts';
import { notificationEffects } from '../notifications/notifications.optimistic.ts';
import { quoteEffects } from '../quotes/quotes.optimistic.ts';
import { referralEffects } from '../referral/referral.optimistic.ts';
import { surveyEffects } from '../surveys/surveys.optimistic.ts';
import { settingsEffects } from '../settings/settings.optimistic.ts';
import type { AllEffects } from '../sync/optimistic.ts';
import { timelineEffects } from '../timeline/timeline.optimistic.ts';

export const OPTIMISTIC = {
  ...settingsEffects,
  ...healthRecordEffects,
  ...notificationEffects,
  ...bookingEffects,
  ...timelineEffects,
  ...quoteEffects,
  ...referralEffects,
  ...surveyEffects,
  ...billEffects,
} satisfies AllEffects;
