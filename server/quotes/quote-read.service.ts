/**
 * What the staff console reads: one quote with its history (versions, authorization records with
 * their hash re-checked, deferrals), and the center's open visits with the findings a quote can be
 * built from. Always scoped to the staff member's center: another center's quote is "not found".
 */
import { and, asc, desc, eq, inArray, ne, or } from 'drizzle-orm';
import { verifyAuthorization } from '@shared/quotes/canonical.ts';
import { totalsOf } from '@shared/quotes/packages.ts';
import type { QuoteTier } from '@shared/quotes/quote-codes.schema.ts';
import type { StaffQuote, StaffVisitQuotes } from '@shared/quotes/staff-quote.schema.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { findings } from '../health-record/finding.table.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { quoteAuthorizations, quoteDeferrals, quoteLines, quotes, quoteVersions } from './quote.table.ts';
import { authorizationView, deferralView, linesOf, priced, quoteView } from './quote.views.ts';

/** Red findings are safety (required), yellow soon (recommended), green a note (optional). */
export const suggestedTier = (grade: 'red' | 'yellow' | 'green'): QuoteTier =>
  grade === 'red' ? 'required' : grade === 'yellow' ? 'recommended' : 'optional';

export async function staffQuote(db: DbOrTx, centerId: string, id: string): Promise<StaffQuote | null> {
  const [q] = await db
    .select()
    .from(quotes)
    .where(and(eq(quotes.id, id), eq(quotes.centerId, centerId)));
  if (!q) return null;
  const [who] = await db
    .select({ name: customers.name, plate: vehicles.plate })
    .from(customers)
    .innerJoin(vehicles, eq(vehicles.id, q.vehicleId))
    .where(eq(customers.id, q.customerId));
  const versions = await db
    .select({ v: quoteVersions, by: staff.name })
    .from(quoteVersions)
    .leftJoin(staff, eq(staff.id, quoteVersions.createdById))
    .where(eq(quoteVersions.quoteId, q.id))
    .orderBy(asc(quoteVersions.version));
  const auths = await db.select().from(quoteAuthorizations).where(eq(quoteAuthorizations.quoteId, q.id));
  const deferrals = await db
    .select()
    .from(quoteDeferrals)
    .where(eq(quoteDeferrals.quoteId, q.id))
    .orderBy(asc(quoteDeferrals.dueAt));
  return {
    ...(await quoteView(db, q)),
    customerId: q.customerId,
    customerName: who?.name ?? '',
    plate: who?.plate ?? '',
    versions: versions.map(({ v, by }) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      createdBy: by,
      reason: v.reason,
    })),
    authorizations: await Promise.all(
      auths.map(async (a) => {
        const record = authorizationView(a);
        return { ...record, hashVerified: await verifyAuthorization(record) };
      }),
    ),
    deferrals: deferrals.map(deferralView),
  };
}

/** The center's open visits, each with its quotes and the findings a quote can be built from. */
export async function visitsWithQuotes(db: DbOrTx, centerId: string): Promise<StaffVisitQuotes[]> {
  const rows = await db
    .select({ visit: visits, customerName: customers.name, plate: vehicles.plate, model: vehicles.model })
    .from(visits)
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .innerJoin(vehicles, eq(vehicles.id, visits.vehicleId))
    .where(and(eq(visits.centerId, centerId), inArray(visits.status, ['in_progress', 'ready'])))
    .orderBy(desc(visits.checkedInAt))
    .limit(50);
  const ids = rows.map((r) => r.visit.id);
  if (ids.length === 0) return [];
  const qs = await db.select().from(quotes).where(inArray(quotes.visitId, ids)).orderBy(asc(quotes.createdAt));
  // This visit's findings, and the car's still open from earlier visits: a pad left for later can be
  // quoted on the visit where it is finally done.
  const vehicleIds = [...new Set(rows.map((r) => r.visit.vehicleId))];
  const fs = await db
    .select()
    .from(findings)
    .where(
      or(inArray(findings.visitId, ids), and(inArray(findings.vehicleId, vehicleIds), ne(findings.status, 'fixed'))),
    )
    .orderBy(asc(findings.createdAt));
  const quoted = qs.length
    ? await db
        .select({ findingId: quoteLines.findingId })
        .from(quoteLines)
        .where(
          inArray(
            quoteLines.quoteId,
            qs.map((q) => q.id),
          ),
        )
    : [];
  const quotedIds = new Set(quoted.map((l) => l.findingId));
  const summaries = await Promise.all(
    qs.map(async (q) => ({
      id: q.id,
      visitId: q.visitId,
      kind: q.kind,
      status: q.status,
      version: q.version,
      title: q.title,
      totalFen: totalsOf(priced(await linesOf(db, q.id, q.version))).totalFen,
      sentAt: q.sentAt?.toISOString() ?? null,
      decidedAt: q.decidedAt?.toISOString() ?? null,
    })),
  );
  return rows.map((r) => ({
    visitId: r.visit.id,
    title: r.visit.title,
    status: r.visit.status,
    checkedInAt: r.visit.checkedInAt.toISOString(),
    customerName: r.customerName,
    plate: r.plate,
    model: r.model,
    quotes: summaries.filter((q) => q.visitId === r.visit.id),
    findings: [
      ...fs.filter((f) => f.visitId === r.visit.id),
      ...fs.filter((f) => f.visitId !== r.visit.id && f.vehicleId === r.visit.vehicleId).reverse(),
    ].map((f) => ({
      id: f.id,
      component: f.component,
      grade: f.grade,
      measureKind: f.measureKind,
      measureValue: f.measureValue,
      note: f.note,
      recommendation: f.recommendation,
      suggestedTier: suggestedTier(f.grade),
      quoted: quotedIds.has(f.id),
      fromEarlierVisit: f.visitId !== r.visit.id,
    })),
  }));
}
