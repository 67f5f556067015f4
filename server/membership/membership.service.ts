/**
 * Reads of membership: a center's settings (defaults when staff never saved any), a customer's paid
 * spend over the rolling window, their tier standing, and the customer-facing view with the points.
 */
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import {
  LEDGER_IN_VIEW,
  type MembershipView,
  type PointsEntryView,
} from '@shared/membership/membership-view.schema.ts';
import { DEFAULT_MEMBERSHIP_SETTINGS, type MembershipSettings } from '@shared/membership/settings.schema.ts';
import { standingFor, type TierStanding, windowStart } from '@shared/membership/tiers.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { membershipSettings, pointsEntries } from './membership.table.ts';
import type { EntryRow } from './ledger-rows.ts';
import { availableInDb, expiringInDb } from './ledger-sums.ts';
import { walletVouchers } from './voucher-views.ts';

export async function settingsFor(db: DbOrTx, centerId: string): Promise<MembershipSettings> {
  const [row] = await db.select().from(membershipSettings).where(eq(membershipSettings.centerId, centerId));
  return row?.settings ?? DEFAULT_MEMBERSHIP_SETTINGS;
}

export async function customerCenter(db: DbOrTx, customerId: string) {
  const [row] = await db
    .select({ centerId: customers.centerId, timeZone: centers.timeZone })
    .from(customers)
    .innerJoin(centers, eq(centers.id, customers.centerId))
    .where(eq(customers.id, customerId));
  return row ?? null;
}

/**
 * Paid spend (fen) of the customer from the window start up to `until`: what tiers are computed from.
 * Bounded above, so a standing asked for a past moment (the discount a quote was shown with) never
 * counts payments made after it — paying the bill must not change the discount already on it.
 */
export async function spendInWindow(db: DbOrTx, customerId: string, since: Date, until: Date): Promise<number> {
  const [row] = await db
    .select({ fen: sql<string>`coalesce(sum(${visits.paidFen}), 0)` })
    .from(visits)
    .where(and(eq(visits.customerId, customerId), gte(visits.paidAt, since), lte(visits.paidAt, until)));
  return Number(row?.fen ?? 0);
}

export type Standing = TierStanding & { spendFen: number; settings: MembershipSettings; timeZone: string };

export async function standingOf(db: DbOrTx, customerId: string, now: Date): Promise<Standing | null> {
  const c = await customerCenter(db, customerId);
  if (!c) return null;
  const settings = await settingsFor(db, c.centerId);
  const spendFen = await spendInWindow(db, customerId, windowStart(now, settings.windowMonths, c.timeZone), now);
  return { ...standingFor(spendFen, settings), spendFen, settings, timeZone: c.timeZone };
}

/** Entry views, each with what it is about (the visit's title for visit earns and redemptions). */
export async function entryViews(db: DbOrTx, rows: readonly EntryRow[]): Promise<PointsEntryView[]> {
  const visitIds = [
    ...new Set(rows.filter((r) => r.source === 'visit' || r.source === 'redemption').map((r) => r.sourceId)),
  ].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const titles = new Map(
    visitIds.length
      ? (await db.select({ id: visits.id, title: visits.title }).from(visits).where(inArray(visits.id, visitIds))).map(
          (v) => [v.id, v.title],
        )
      : [],
  );
  return rows.map((r) => {
    const visitId = titles.has(r.sourceId) ? r.sourceId : null;
    return {
      id: r.id,
      kind: r.kind,
      source: r.source as PointsEntryView['source'],
      sourceId: r.sourceId,
      points: r.points,
      label: visitId ? titles.get(visitId)! : null,
      reason: r.reason,
      at: r.createdAt.toISOString(),
      expiresAt: r.expiresAt?.toISOString() ?? null,
      visitId,
    };
  });
}

export async function membershipView(db: DbOrTx, customerId: string, now: Date): Promise<MembershipView | null> {
  const standing = await standingOf(db, customerId, now);
  if (!standing) return null;
  const latest = await db
    .select()
    .from(pointsEntries)
    .where(eq(pointsEntries.customerId, customerId))
    .orderBy(desc(pointsEntries.createdAt), desc(pointsEntries.id))
    .limit(LEDGER_IN_VIEW);
  return {
    id: customerId,
    tier: standing.tier,
    next: standing.next,
    spendFen: standing.spendFen,
    toNextFen: standing.toNextFen,
    progressPct: standing.progressPct,
    windowMonths: standing.settings.windowMonths,
    pointValueFen: standing.settings.pointValueFen,
    points: { balance: await availableInDb(db, customerId, now), expiring: await expiringInDb(db, customerId, now) },
    entries: await entryViews(db, latest),
    vouchers: await walletVouchers(db, customerId),
    computedAt: now.toISOString(),
  };
}
