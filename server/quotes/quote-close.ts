/**
 * What ends a quote's call to act. A decided quote's "waiting for you" notices become history and the
 * customer is told the decision arrived; a quote still open when the car leaves is withdrawn (a signed
 * approval of work on a car that has gone would mean nothing), and so is one staff take back. Either
 * way its approval link then answers "withdrawn" and refuses a decision (authorization.service.ts).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import type { QUOTE_WITHDRAW_REASONS } from '@shared/quotes/quote.constants.ts';
import type { DbOrTx } from '../db/client.ts';
import { notify, settleNotifications } from '../notifications/notify.ts';
import { quotes } from './quote.table.ts';
import { publishQuote, type QuoteRow } from './quote.views.ts';

type WithdrawReason = (typeof QUOTE_WITHDRAW_REASONS)[number];

/** The dedupe keys of a quote's own "waiting" notices (quote-announce.ts) all start with this. */
const waitingKeys = (quoteId: string) => `quote:${quoteId}:`;

export async function settleDecidedQuote(tx: DbOrTx, q: QuoteRow, now: Date) {
  await settleNotifications(tx, q.customerId, waitingKeys(q.id), now);
  await notify(tx, {
    customerId: q.customerId,
    kind: 'quote_decided',
    title: { zh: '已收到您的决定', en: 'We have your decision' },
    body: {
      zh: `${q.title}：您签署的确认已送达，我们会按您的选择施工。`,
      en: `${q.title}: your signed decision reached us; the work follows your choices.`,
    },
    link: `/quotes/${q.id}`,
    at: now,
    dedupeKey: `quote-decided:${q.id}`,
  });
}

async function withdraw(tx: DbOrTx, q: QuoteRow, reason: WithdrawReason, now: Date) {
  await tx
    .update(quotes)
    .set({ status: 'withdrawn', withdrawnAt: now, withdrawnReason: reason })
    .where(eq(quotes.id, q.id));
  await settleNotifications(tx, q.customerId, waitingKeys(q.id), now);
  if (q.status === 'sent') {
    const why =
      reason === 'visit_delivered'
        ? {
            zh: '车辆已交付，这份报价已撤回，无需再确认。',
            en: 'The car was handed over, so this quote was withdrawn: nothing to decide.',
          }
        : {
            zh: '服务中心撤回了这份报价，无需再确认。',
            en: 'The service center withdrew this quote: nothing to decide.',
          };
    await notify(tx, {
      customerId: q.customerId,
      kind: 'quote_withdrawn',
      title: { zh: '报价已撤回', en: 'Quote withdrawn' },
      body: { zh: `${q.title}：${why.zh}`, en: `${q.title}: ${why.en}` },
      link: `/quotes/${q.id}`,
      at: now,
      dedupeKey: `quote-withdrawn:${q.id}`,
    });
  }
  await publishQuote(tx, q.id);
}

/** At delivery: every quote of the visit still waiting (or never sent) is withdrawn. */
export async function withdrawOpenQuotesOfVisit(tx: DbOrTx, visitId: string, now: Date) {
  const open = await tx
    .select()
    .from(quotes)
    .where(and(eq(quotes.visitId, visitId), inArray(quotes.status, ['draft', 'sent'])))
    .for('update');
  for (const q of open) await withdraw(tx, q, 'visit_delivered', now);
  return open.length;
}

/** Staff take back a quote that waits (a draft is simply never sent; a decided one is a record). */
export async function withdrawQuote(tx: DbOrTx, q: QuoteRow, now: Date): Promise<Result<QuoteRow>> {
  if (q.status === 'decided') return err('already_decided', 'This quote was already decided.');
  if (q.status === 'withdrawn') return err('gone', 'This quote was already withdrawn.');
  await withdraw(tx, q, 'staff', now);
  const [row] = await tx.select().from(quotes).where(eq(quotes.id, q.id));
  return ok(row!);
}
