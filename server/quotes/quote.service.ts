/**
 * The staff side of quotes: build one from a visit's findings (a draft), send it (the customer sees
 * it in the app, gets an in-app notification and an SMS with the remote approval link), revise it
 * (a sent quote gets a new version; an approval of the old one is then refused), and read it back
 * with its versions, authorization records and deferrals. Every query is scoped to the staff
 * member's center: another center's quote is "not found".
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { formatFen } from '@shared/money.ts';
import { verifyAuthorization } from '@shared/quotes/canonical.ts';
import { packagesOf, totalsOf } from '@shared/quotes/packages.ts';
import type {
  CreateQuote,
  LineInput,
  QuoteTier,
  ReviseQuote,
  StaffQuote,
  StaffVisitQuotes,
} from '@shared/quotes/quote.schema.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { findings } from '../health-record/finding.table.ts';
import { visits } from '../health-record/visit.table.ts';
import { notify } from '../notifications/notify.ts';
import { staff } from '../staff/staff.table.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { createLink } from './quote-link.ts';
import { quoteAuthorizations, quoteDeferrals, quoteLines, quotes, quoteVersions } from './quote.table.ts';
import {
  authorizationView,
  deferralView,
  linesOf,
  priced,
  publishQuote,
  type QuoteRow,
  quoteView,
} from './quote.views.ts';

export type StaffActor = { staffId: string; centerId: string };

/** Red findings are safety (required), yellow soon (recommended), green a note (optional). */
export const suggestedTier = (grade: 'red' | 'yellow' | 'green'): QuoteTier =>
  grade === 'red' ? 'required' : grade === 'yellow' ? 'recommended' : 'optional';

async function lockQuote(tx: DbOrTx, actor: StaffActor, id: string) {
  const [q] = await tx
    .select()
    .from(quotes)
    .where(and(eq(quotes.id, id), eq(quotes.centerId, actor.centerId)))
    .for('update');
  return q ?? null;
}

/** Each line's finding must be one of this vehicle's; each kept key must be a line of the current version. */
async function checkLines(
  tx: DbOrTx,
  vehicleId: string,
  lines: readonly LineInput[],
  knownKeys: ReadonlySet<string>,
): Promise<Result<null>> {
  const ids = [...new Set(lines.map((l) => l.findingId).filter((x): x is string => !!x))];
  const found = ids.length
    ? await tx
        .select({ id: findings.id })
        .from(findings)
        .where(and(inArray(findings.id, ids), eq(findings.vehicleId, vehicleId)))
    : [];
  const foundIds = new Set(found.map((f) => f.id));
  const seen = new Set<string>();
  for (const [i, l] of lines.entries()) {
    if (l.findingId && !foundIds.has(l.findingId))
      return err('invalid', `lines.${i}.findingId: not a finding of this vehicle`);
    if (l.key && (!knownKeys.has(l.key) || seen.has(l.key)))
      return err('invalid', `lines.${i}.key: not a line of this quote`);
    if (l.key) seen.add(l.key);
  }
  return ok(null);
}

async function insertLines(tx: DbOrTx, quoteId: string, version: number, lines: readonly LineInput[]) {
  await tx.insert(quoteLines).values(
    lines.map((l, position) => ({
      quoteId,
      version,
      key: l.key ?? randomUUID(),
      position,
      tier: l.tier,
      title: l.title,
      titleEn: l.titleEn ?? null,
      partsFen: l.partsFen,
      labourFen: l.labourFen,
      findingId: l.findingId ?? null,
      consequence: l.consequence || null,
      benefit: l.benefit || null,
      risk: l.risk || null,
      serviceCode: l.serviceCode ?? null,
    })),
  );
}

export async function createQuote(
  tx: DbOrTx,
  actor: StaffActor,
  input: CreateQuote,
  now: Date,
): Promise<Result<string>> {
  const [visit] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.id, input.visitId), eq(visits.centerId, actor.centerId)));
  if (!visit) return err('not_found', 'No such visit.');
  if (visit.status === 'delivered')
    return err('conflict', 'The car was already delivered; quote the next visit instead.');
  const checked = await checkLines(tx, visit.vehicleId, input.lines, new Set());
  if (!checked.ok) return checked;
  const id = randomUUID();
  await tx.insert(quotes).values({
    id,
    centerId: visit.centerId,
    customerId: visit.customerId,
    vehicleId: visit.vehicleId,
    visitId: visit.id,
    kind: input.kind,
    status: 'draft',
    version: 1,
    title: input.title,
    note: input.note ?? null,
    createdById: actor.staffId,
    createdAt: now,
  });
  await tx.insert(quoteVersions).values({ quoteId: id, version: 1, createdById: actor.staffId, createdAt: now });
  await insertLines(tx, id, 1, input.lines);
  return ok(id);
}

/** The amount a message names: the advised package of a tiered quote (MOT 6), else the total. */
async function amountText(tx: DbOrTx, q: QuoteRow) {
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

async function announce(tx: DbOrTx, q: QuoteRow, now: Date, revised: boolean) {
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

export async function reviseQuote(
  tx: DbOrTx,
  actor: StaffActor,
  id: string,
  input: ReviseQuote,
  now: Date,
): Promise<Result<number>> {
  const q = await lockQuote(tx, actor, id);
  if (!q) return err('not_found', 'No such quote.');
  if (q.status === 'decided') return err('conflict', 'The customer already decided this quote; create a new one.');
  if (q.status === 'withdrawn') return err('gone', 'This quote was withdrawn.');
  const current = await linesOf(tx, q.id, q.version);
  const checked = await checkLines(tx, q.vehicleId, input.lines, new Set(current.map((l) => l.key)));
  if (!checked.ok) return checked;
  const fields = {
    ...(input.title ? { title: input.title } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
  if (q.status === 'draft') {
    // Nobody has seen a draft: change it in place.
    await tx.delete(quoteLines).where(and(eq(quoteLines.quoteId, q.id), eq(quoteLines.version, q.version)));
    await insertLines(tx, q.id, q.version, input.lines);
    if (Object.keys(fields).length) await tx.update(quotes).set(fields).where(eq(quotes.id, q.id));
    return ok(q.version);
  }
  const version = q.version + 1;
  await tx
    .insert(quoteVersions)
    .values({ quoteId: q.id, version, reason: input.reason ?? null, createdById: actor.staffId, createdAt: now });
  await insertLines(tx, q.id, version, input.lines);
  const [updated] = await tx
    .update(quotes)
    .set({ ...fields, version })
    .where(eq(quotes.id, q.id))
    .returning();
  await publishQuote(tx, q.id);
  await announce(tx, updated!, now, true);
  return ok(version);
}

export type SentLink = { phone: string; text: string; path: string; expiresAt: Date };

async function linkMessage(tx: DbOrTx, q: QuoteRow, path: string, baseUrl: string, expiresAt: Date): Promise<SentLink> {
  const [who] = await tx
    .select({ phone: customers.phone, name: customers.name, center: centers.name })
    .from(customers)
    .innerJoin(centers, eq(centers.id, customers.centerId))
    .where(eq(customers.id, q.customerId));
  const amount = await amountText(tx, q);
  const text = `【${who!.center}】${who!.name}您好，您的车辆有一份报价（${amount.zh}）等您确认，请点击查看并决定：${baseUrl}${path} 链接 72 小时内有效。`;
  return { phone: who!.phone, text, path, expiresAt };
}

/** Sends a draft: the customer sees it, is notified in the app, and gets a link (SMS sent by the caller after commit). */
export async function sendQuote(
  tx: DbOrTx,
  secret: string,
  actor: StaffActor,
  id: string,
  now: Date,
  baseUrl: string,
): Promise<Result<SentLink>> {
  const q = await lockQuote(tx, actor, id);
  if (!q) return err('not_found', 'No such quote.');
  if (q.status !== 'draft') return err('conflict', 'This quote was already sent; revise it or send a new link.');
  const [sent] = await tx.update(quotes).set({ status: 'sent', sentAt: now }).where(eq(quotes.id, q.id)).returning();
  await publishQuote(tx, q.id);
  await announce(tx, sent!, now, false);
  const link = await createLink(tx, secret, sent!, now, actor.staffId);
  return ok(await linkMessage(tx, sent!, link.path, baseUrl, link.expiresAt));
}

/** A fresh remote link for a quote waiting for the customer (e.g. the first one expired). */
export async function newQuoteLink(
  tx: DbOrTx,
  secret: string,
  actor: StaffActor,
  id: string,
  now: Date,
  baseUrl: string,
): Promise<Result<SentLink>> {
  const q = await lockQuote(tx, actor, id);
  if (!q) return err('not_found', 'No such quote.');
  if (q.status !== 'sent') return err('conflict', 'Only a quote waiting for the customer gets a link.');
  const link = await createLink(tx, secret, q, now, actor.staffId);
  return ok(await linkMessage(tx, q, link.path, baseUrl, link.expiresAt));
}

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
  const fs = await db.select().from(findings).where(inArray(findings.visitId, ids)).orderBy(asc(findings.createdAt));
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
    findings: fs
      .filter((f) => f.visitId === r.visit.id)
      .map((f) => ({
        id: f.id,
        component: f.component,
        grade: f.grade,
        measureKind: f.measureKind,
        measureValue: f.measureValue,
        note: f.note,
        recommendation: f.recommendation,
        suggestedTier: suggestedTier(f.grade),
        quoted: quotedIds.has(f.id),
      })),
  }));
}
