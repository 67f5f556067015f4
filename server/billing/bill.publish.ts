/**
 * Builds a visit's final bill from the tables (shared/billing/final-bill.ts does the arithmetic) and
 * mirrors it to the customer, in the caller's transaction. publishVisit calls this for every change to
 * a visit (lines, payment, status), and so do the quote decision and the vouchers and points used at
 * payment; a visit still in the workshop has no bill yet.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { BillView } from '@shared/billing/bill-view.ts';
import { type BillQuote, finalBill } from '@shared/billing/final-bill.ts';
import { DELAY_DISCOUNT_PCT } from '@shared/membership/vouchers.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { visitItems, visits } from '../health-record/visit.table.ts';
import { quoteDiscount } from '../membership/member-discount.ts';
import { pointsEntries } from '../membership/membership.table.ts';
import { settingsFor } from '../membership/membership.service.ts';
import { vouchers } from '../membership/voucher.table.ts';
import { visitPromises } from '../timeline/timeline.table.ts';
import { quoteAuthorizations, quoteLines, quotes } from '../quotes/quote.table.ts';
import { publish } from '../sync/publish.ts';
import { fapiaoRequests } from './fapiao.table.ts';

type VisitRow = typeof visits.$inferSelect;

/** The visit's decided quotes: each line as signed, its English title, and the discount it was shown with. */
async function decidedQuotes(db: DbOrTx, visit: VisitRow): Promise<BillQuote[]> {
  const rows = await db
    .select({ q: quotes, content: quoteAuthorizations.content })
    .from(quotes)
    .innerJoin(quoteAuthorizations, eq(quoteAuthorizations.quoteId, quotes.id))
    .where(and(eq(quotes.visitId, visit.id), eq(quotes.status, 'decided')))
    .orderBy(asc(quotes.decidedAt), asc(quotes.id));
  const out: BillQuote[] = [];
  for (const { q, content } of rows) {
    const signed = await db
      .select()
      .from(quoteLines)
      .where(and(eq(quoteLines.quoteId, q.id), eq(quoteLines.version, content.quoteVersion)))
      .orderBy(asc(quoteLines.position));
    const byKey = new Map(signed.map((l) => [l.key, l]));
    out.push({
      quoteId: q.id,
      lines: content.lines.map((l) => ({
        quoteId: q.id,
        key: l.key,
        title: l.title,
        titleEn: byKey.get(l.key)?.titleEn ?? null,
        partsFen: l.partsFen,
        labourFen: l.labourFen,
        decision: l.decision,
      })),
      // The same call the quote view makes, at the same moment: the bill repeats the signed discount.
      memberDiscount: await quoteDiscount(db, q.customerId, signed, q.createdAt),
    });
  }
  return out;
}

/** Points redeemed at this visit's payment (none once that redemption was reversed). */
async function redeemedPoints(db: DbOrTx, visit: VisitRow) {
  const [spend] = await db
    .select()
    .from(pointsEntries)
    .where(eq(pointsEntries.idemKey, `spend:redemption:${visit.id}`));
  if (!spend) return null;
  const [reversed] = await db
    .select()
    .from(pointsEntries)
    .where(eq(pointsEntries.idemKey, `reverse:${spend.id}`));
  if (reversed) return null;
  const points = -spend.points;
  return { points, valueFen: points * (await settingsFor(db, visit.centerId)).pointValueFen };
}

/** The largest "N % off this service" a delay on this visit promised (seed 003), or null. */
async function delayDiscount(db: DbOrTx, visit: VisitRow): Promise<number | null> {
  const delays = await db
    .select({ compensation: visitPromises.compensation })
    .from(visitPromises)
    .where(and(eq(visitPromises.visitId, visit.id), eq(visitPromises.reason, 'delay')));
  const pcts = delays.flatMap((d) => d.compensation.map((c) => DELAY_DISCOUNT_PCT[c] ?? 0));
  const pct = Math.max(0, ...pcts);
  return pct > 0 ? pct : null;
}

export async function billView(db: DbOrTx, visit: VisitRow): Promise<BillView> {
  const items = await db
    .select()
    .from(visitItems)
    .where(eq(visitItems.visitId, visit.id))
    .orderBy(asc(visitItems.position));
  const used = await db
    .select()
    .from(vouchers)
    .where(eq(vouchers.usedVisitId, visit.id))
    .orderBy(asc(vouchers.usedAt), asc(vouchers.id));
  const [fapiao] = await db.select().from(fapiaoRequests).where(eq(fapiaoRequests.visitId, visit.id));
  const bill = finalBill({
    visitId: visit.id,
    vehicleId: visit.vehicleId,
    items,
    quotes: await decidedQuotes(db, visit),
    vouchers: used.map((x) => ({ id: x.id, kind: x.kind, valueFen: x.valueFen })),
    delayDiscountPct: await delayDiscount(db, visit),
    points: await redeemedPoints(db, visit),
    paidFen: visit.paidFen,
    paidAt: visit.paidAt?.toISOString() ?? null,
    paymentMethod: visit.paymentMethod,
  });
  return {
    ...bill,
    fapiao: fapiao ? { title: fapiao.title, email: fapiao.email, requestedAt: fapiao.requestedAt.toISOString() } : null,
  };
}

export async function publishBill(tx: DbOrTx, visitId: string): Promise<BillView | null> {
  const [visit] = await tx.select().from(visits).where(eq(visits.id, visitId));
  if (!visit || visit.status === 'in_progress') return null;
  const view = await billView(tx, visit);
  await publish(tx, {
    customerId: visit.customerId,
    entity: ENTITIES.bill,
    id: visit.id,
    scope: visit.vehicleId,
    data: view,
  });
  return view;
}
