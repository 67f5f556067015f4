/**
 * Every mutation a customer can queue, with its argument schema. Both sides validate the same
 * schema: the web before it writes the outbox row, the server before it runs the mutator.
 * Features add their entries here; tsc then asks for the server's mutator (SERVER_MUTATORS in
 * server/sync/mutators.ts) and the web's optimistic effect (OPTIMISTIC in web/app/optimistic-effects.ts).
 */
import type * as v from 'valibot';
import { SetPreferencesArgsSchema } from '../settings/preferences.schema.ts';
import { CreateShareLinkArgsSchema, RevokeShareLinkArgsSchema } from '../health-record/share-link.schema.ts';
import { MarkReadArgsSchema } from '../notifications/notification.schema.ts';
import {
  AcceptProposalArgsSchema,
  CancelBookingArgsSchema,
  CreateBookingArgsSchema,
  DeclineProposalArgsSchema,
  RescheduleBookingArgsSchema,
} from '../booking/booking-args.schema.ts';
import { ConfirmCheckArgsSchema } from '../timeline/delivery.schema.ts';
import { DecideQuoteArgsSchema } from '../quotes/decide-args.schema.ts';
import { SetupReferralArgsSchema } from '../referral/referral.schema.ts';
import { RescoreArgsSchema, SubmitSurveyArgsSchema } from '../surveys/survey.schema.ts';
import { RequestFapiaoArgsSchema } from '../billing/fapiao.schema.ts';

export const MUTATIONS = {
  'preferences.set': SetPreferencesArgsSchema,
  'shareLink.create': CreateShareLinkArgsSchema,
  'shareLink.revoke': RevokeShareLinkArgsSchema,
  'notifications.markRead': MarkReadArgsSchema,
  'booking.create': CreateBookingArgsSchema,
  'booking.reschedule': RescheduleBookingArgsSchema,
  'booking.cancel': CancelBookingArgsSchema,
  'booking.acceptProposal': AcceptProposalArgsSchema,
  'booking.declineProposal': DeclineProposalArgsSchema,
  'delivery.confirmCheck': ConfirmCheckArgsSchema,
  'quote.decide': DecideQuoteArgsSchema,
  'referral.setup': SetupReferralArgsSchema,
  'survey.submit': SubmitSurveyArgsSchema,
  'survey.rescore': RescoreArgsSchema,
  'bill.requestFapiao': RequestFapiaoArgsSchema,
} as const satisfies Record<string, v.GenericSchema>;

export type MutationName = keyof typeof MUTATIONS;
export type MutationArgs<N extends MutationName> = v.InferOutput<(typeof MUTATIONS)[N]>;

/** Narrows a name read from the wire or from an outbox row written by another app version. */
export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(MUTATIONS, name);
}
