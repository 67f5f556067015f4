/**
 * Where a deferred line goes besides the quote's own deferral row: the booking feature turns it into
 * a proposed booking at the chosen time. Composed in server/app.ts (`setDeferralProposer`) so quotes
 * work — and keep every deferral — whether or not booking is present.
 */
import type { DbOrTx } from '../db/client.ts';
import type { QuoteRow } from './quote.views.ts';

export type DeferralProposer = (
  tx: DbOrTx,
  quote: QuoteRow,
  line: { title: string; titleEn?: string | null; serviceCode: string | null; key?: string; findingId?: string | null },
  dueAt: Date,
  now: Date,
) => Promise<string | null>;

let proposer: DeferralProposer | null = null;

export function setDeferralProposer(p: DeferralProposer | null) {
  proposer = p;
}

export const proposeForDeferral: DeferralProposer = async (...args) => (proposer ? proposer(...args) : null);
