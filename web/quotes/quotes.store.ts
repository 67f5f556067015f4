/**
 * The quote screens' live reads (all from the device's mirror, so they open offline) and the one
 * action: the customer's signed decision, queued in the outbox as `quote.decide`. A refusal (an
 * outdated version, already decided) stays in the outbox with its details until dismissed.
 */
import { type Accessor, createMemo } from 'solid-js';
import type { DecideQuoteArgs } from '@shared/quotes/decide-args.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { dismissRefusal, enqueue, liveRefusals } from '../sync/outbox.ts';
import { liveRecord, liveRecords } from '../sync/records.ts';
import type { ViewRow } from '../sync/optimistic.ts';

/** A quote as the device shows it: with the decision signed here while it is pending. */
export type QuoteRow = ViewRow<typeof ENTITIES.quote>;

export const liveQuotes = () => liveRecords(ENTITIES.quote);
export const liveQuote = (id: Accessor<string | undefined>) => liveRecord(ENTITIES.quote, id);
export const liveAuthorization = (id: Accessor<string | undefined>) => liveRecord(ENTITIES.quoteAuthorization, id);
export const liveDeferrals = (vehicleId: Accessor<string | undefined>) =>
  liveRecords(ENTITIES.quoteDeferral, vehicleId);

/** The newest refusal of a decision on this quote, with the server's reason and details. */
export function liveQuoteRefusal(quoteId: Accessor<string | undefined>) {
  const refusals = liveRefusals();
  return createMemo(
    () =>
      (refusals() ?? []).find(
        (r) => r.name === 'quote.decide' && (r.args as { quoteId?: string } | null)?.quoteId === quoteId(),
      ) ?? null,
  );
}

export const decide = (args: DecideQuoteArgs) => enqueue('quote.decide', args);
export const dismiss = (seq: number) => dismissRefusal(seq);

/** Waiting first (newest sent first), then decided. */
export const byUrgency = (list: readonly QuoteRow[]) =>
  [...list].sort(
    (a, b) =>
      Number(b.status === 'sent') - Number(a.status === 'sent') || (b.sentAt ?? '').localeCompare(a.sentAt ?? ''),
  );
