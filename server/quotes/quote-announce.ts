/**
 * What the customer is told when a quote reaches them (first send or a new version). The in-app
 * notification and the SMS name the same amount, so the wording is decided once here; the dedupe
 * key per version means a retried send never notifies twice.
 */
import { formatFen } from '@shared/money.ts';
import { packagesOf, totalsOf } from '@shared/quotes/packages.ts';
import type { DbOrTx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { linesOf, priced, type QuoteRow } from './quote.views.ts';

/** The amount a message names: the advised package of a tiered quote (MOT 6), else the total. */
export async function amountText(tx: DbOrTx, q: QuoteRow) {
  const lines = priced(await linesOf(tx, q.id, q.version));
  const advised = packagesOf(lines).find((p) => p.advised)!.totalFen;
  const total = totalsOf(lines).totalFen;
  if (q.kind === 'standard' && advised !== total) {
    return {
      zh: `推荐方案 ${formatFen(advised, 'zh-CN')}，全部 ${formatFen(total, 'zh-CN')}`,
      en: `${formatFen(advised, 'en')} advised, ${formatFen(total, 'en')} for everything`,
    };
  }
  return { zh: `合计 ${formatFen(total, 'zh-CN')}`, en: `${formatFen(total, 'en')} in total` };
}

export async function announce(tx: DbOrTx, q: QuoteRow, now: Date, revised: boolean) {
  const amount = await amountText(tx, q);
  await notify(tx, {
    customerId: q.customerId,
    kind: 'quote_waiting',
    title: revised
      ? { zh: '报价已更新，请您重新确认', en: 'A quote was updated for you to review' }
      : { zh: '有一份报价等您确认', en: 'A quote is waiting for your decision' },
    body: {
      zh: `${q.title}：${amount.zh}。做不做、做哪些，由您决定。`,
      en: `${q.title}: ${amount.en}. What to do is your decision.`,
    },
    link: `/quotes/${q.id}`,
    at: now,
    dedupeKey: `quote:${q.id}:v${q.version}`,
  });
}
