/**
 * The customer-facing rows of quotes, built from the tables: the `quote` view (current version, its
 * lines with their findings and photos, what changed in the latest revision), the authorization
 * record and the deferrals. Staff see the same rows plus history (quote-read.service.ts).
 * `publishQuote` is called in the transaction of every change a customer must see.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { diffVersions } from '@shared/quotes/diff.ts';
import type { AuthorizationRecord } from '@shared/quotes/authorization.schema.ts';
import type { Deferral } from '@shared/quotes/deferral.schema.ts';
import type { FindingRef, PricedLine, QuoteLine, QuoteView, Revision } from '@shared/quotes/quote-view.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { quoteDiscount } from '../membership/member-discount.ts';
import type { DbOrTx } from '../db/client.ts';
import { findings } from '../health-record/finding.table.ts';
import { mediaOfOwners, mediaView } from '../media/media.service.ts';
import { staff } from '../staff/staff.table.ts';
import { publish } from '../sync/publish.ts';
import { quoteAuthorizations, type quoteDeferrals, quoteLines, quotes, quoteVersions } from './quote.table.ts';

export type QuoteRow = typeof quotes.$inferSelect;
export type LineRow = typeof quoteLines.$inferSelect;
type AuthorizationRow = typeof quoteAuthorizations.$inferSelect;
type DeferralRow = typeof quoteDeferrals.$inferSelect;

export async function linesOf(db: DbOrTx, quoteId: string, version: number): Promise<LineRow[]> {
  return db
    .select()
    .from(quoteLines)
    .where(and(eq(quoteLines.quoteId, quoteId), eq(quoteLines.version, version)))
    .orderBy(asc(quoteLines.position));
}

export const priced = (rows: readonly LineRow[]): PricedLine[] =>
  rows.map((r) => ({ key: r.key, tier: r.tier, title: r.title, partsFen: r.partsFen, labourFen: r.labourFen }));

export type PhotoUrls = (mediaId: string, size: 'thumb' | 'display') => string;

/** The lines as a screen needs them; `photoUrl` lets the link page serve photos through its token. */
export async function lineViews(db: DbOrTx, rows: readonly LineRow[], photoUrl?: PhotoUrls): Promise<QuoteLine[]> {
  const findingIds = [...new Set(rows.map((r) => r.findingId).filter((x): x is string => !!x))];
  const found = findingIds.length ? await db.select().from(findings).where(inArray(findings.id, findingIds)) : [];
  const byId = new Map(found.map((f) => [f.id, f]));
  const photos = await mediaOfOwners(db, 'finding', findingIds);
  return rows.map((r) => {
    const f = r.findingId ? byId.get(r.findingId) : undefined;
    const finding: FindingRef | null = f
      ? {
          id: f.id,
          component: f.component,
          grade: f.grade,
          measureKind: f.measureKind,
          measureValue: f.measureValue,
          note: f.note,
          recommendation: f.recommendation,
        }
      : null;
    return {
      key: r.key,
      tier: r.tier,
      title: r.title,
      titleEn: r.titleEn,
      partsFen: r.partsFen,
      labourFen: r.labourFen,
      consequence: r.consequence,
      benefit: r.benefit,
      risk: r.risk,
      finding,
      photos: (f ? (photos.get(f.id) ?? []) : []).map((m) => {
        const view = mediaView(m);
        const urls = photoUrl ? { thumbUrl: photoUrl(m.id, 'thumb'), url: photoUrl(m.id, 'display') } : {};
        return {
          id: view.id,
          thumbUrl: view.thumbUrl,
          url: view.url,
          width: view.width,
          height: view.height,
          caption: view.caption,
          ...urls,
        };
      }),
    };
  });
}

/** What changed in the latest revision (null for a quote still at its first version). */
export async function latestRevision(db: DbOrTx, q: QuoteRow, current: readonly LineRow[]): Promise<Revision | null> {
  if (q.version <= 1) return null;
  const before = await linesOf(db, q.id, q.version - 1);
  const [meta] = await db
    .select()
    .from(quoteVersions)
    .where(and(eq(quoteVersions.quoteId, q.id), eq(quoteVersions.version, q.version)));
  return {
    fromVersion: q.version - 1,
    toVersion: q.version,
    reason: meta?.reason ?? null,
    ...diffVersions(priced(before), priced(current)),
  };
}

export async function quoteView(db: DbOrTx, q: QuoteRow, photoUrl?: PhotoUrls): Promise<QuoteView> {
  const rows = await linesOf(db, q.id, q.version);
  const [advisor] = q.createdById
    ? await db.select({ name: staff.name }).from(staff).where(eq(staff.id, q.createdById))
    : [];
  const [auth] = await db
    .select({ id: quoteAuthorizations.id })
    .from(quoteAuthorizations)
    .where(eq(quoteAuthorizations.quoteId, q.id));
  return {
    id: q.id,
    visitId: q.visitId,
    vehicleId: q.vehicleId,
    kind: q.kind,
    status: q.status,
    version: q.version,
    title: q.title,
    note: q.note,
    advisorName: advisor?.name ?? null,
    sentAt: q.sentAt?.toISOString() ?? null,
    decidedAt: q.decidedAt?.toISOString() ?? null,
    withdrawnReason: q.withdrawnReason,
    lines: await lineViews(db, rows, photoUrl),
    revision: await latestRevision(db, q, rows),
    authorizationId: auth?.id ?? null,
    // The tier's maintenance discount as its own line, at the tier the customer had when the quote was made.
    memberDiscount: await quoteDiscount(db, q.customerId, rows, q.createdAt),
  };
}

/** The record exactly as signed: its stored content and hash (the customer and the center see this). */
export const authorizationView = (row: AuthorizationRow): AuthorizationRecord => ({
  ...row.content,
  contentHash: row.contentHash,
});

export const deferralView = (r: DeferralRow): Deferral => ({
  id: r.id,
  quoteId: r.quoteId,
  vehicleId: r.vehicleId,
  lineKey: r.lineKey,
  title: r.title,
  totalFen: r.totalFen,
  dueAt: r.dueAt.toISOString(),
  kind: r.kind,
  status: r.status,
  proposalId: r.proposalId,
  createdAt: r.createdAt.toISOString(),
});

/** Mirrors a quote to its customer's devices; a draft is never shown (published as deleted). */
export async function publishQuote(tx: DbOrTx, quoteId: string): Promise<QuoteView | null> {
  const [q] = await tx.select().from(quotes).where(eq(quotes.id, quoteId));
  if (!q) return null;
  const view = q.status === 'draft' ? null : await quoteView(tx, q);
  await publish(tx, { customerId: q.customerId, entity: ENTITIES.quote, id: q.id, scope: q.visitId, data: view });
  return view;
}

export async function publishAuthorization(tx: DbOrTx, row: AuthorizationRow) {
  const record = authorizationView(row);
  await publish(tx, {
    customerId: row.customerId,
    entity: ENTITIES.quoteAuthorization,
    id: row.id,
    scope: row.quoteId,
    data: record,
  });
  return record;
}

export async function publishDeferral(tx: DbOrTx, row: DeferralRow) {
  const view = deferralView(row);
  await publish(tx, {
    customerId: row.customerId,
    entity: ENTITIES.quoteDeferral,
    id: row.id,
    scope: row.vehicleId,
    data: view,
  });
  return view;
}
