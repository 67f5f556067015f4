/**
 * The quote flow tells the visit's timeline: "quote sent" when the advisor sends it, and after the
 * customer's decision "approved" with what was approved (or "quote_declined" when nothing was),
 * with the deferred and declined lines named. Events are posted as the advisor who wrote the quote
 * (the timeline's poster is always a staff member); the customer's own words stay in the signed record.
 * A visit that is already delivered gets no event.
 */
import { eq } from 'drizzle-orm';
import { formatFen } from '@shared/money.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { staff } from '../staff/staff.table.ts';
import { appendEvent } from '../timeline/timeline.service.ts';
import type { quotes } from './quote.table.ts';

type QuoteRow = typeof quotes.$inferSelect;
type DecidedLine = {
  title: string;
  titleEn: string | null;
  totalFen: number;
  decision: 'approve' | 'decline' | 'defer';
};

async function posterAndVisit(tx: DbOrTx, q: QuoteRow, staffId: string | null) {
  const [visit] = await tx.select().from(visits).where(eq(visits.id, q.visitId));
  if (!visit || visit.status === 'delivered') return null;
  const id = staffId ?? q.createdById;
  if (!id) return null;
  const [by] = await tx.select().from(staff).where(eq(staff.id, id));
  if (!by) return null;
  return { visit, by: { staffId: by.id, name: by.name, role: by.role, centerId: by.centerId } };
}

export async function postQuoteSent(tx: DbOrTx, q: QuoteRow, staffId: string, totalFen: number, now: Date) {
  const target = await posterAndVisit(tx, q, staffId);
  if (!target) return;
  await appendEvent(tx, target.visit, target.by, {
    kind: 'quote_sent',
    note: `报价 v${q.version}：${formatFen(totalFen)}`,
    noteEn: `Quote v${q.version}: ${formatFen(totalFen, 'en')}`,
    details: { quoteId: q.id, version: q.version, totalFen },
    at: now,
  });
}

export async function postQuoteDecided(tx: DbOrTx, q: QuoteRow, lines: DecidedLine[], now: Date) {
  const target = await posterAndVisit(tx, q, null);
  if (!target) return;
  const of = (d: DecidedLine['decision']) => lines.filter((l) => l.decision === d);
  const approved = of('approve');
  const names = (ls: DecidedLine[]) => ls.map((l) => l.title).join('、');
  const approvedFen = approved.reduce((a, l) => a + l.totalFen, 0);
  const parts = [
    approved.length ? `确认施工：${names(approved)}（${formatFen(approvedFen)}）` : '本次不做报价中的项目',
    of('defer').length ? `推迟：${names(of('defer'))}` : '',
    of('decline').length ? `不做：${names(of('decline'))}` : '',
  ].filter(Boolean);
  // The same words for a customer who reads English (a line without an English title keeps its own).
  const namesEn = (ls: DecidedLine[]) => ls.map((l) => l.titleEn ?? l.title).join(', ');
  const partsEn = [
    approved.length
      ? `Go ahead: ${namesEn(approved)} (${formatFen(approvedFen, 'en')})`
      : 'None of the quoted work this time',
    of('defer').length ? `Later: ${namesEn(of('defer'))}` : '',
    of('decline').length ? `Not doing: ${namesEn(of('decline'))}` : '',
  ].filter(Boolean);
  await appendEvent(tx, target.visit, target.by, {
    kind: approved.length ? 'approved' : 'quote_declined',
    note: parts.join('；'),
    noteEn: partsEn.join('; '),
    details: {
      quoteId: q.id,
      version: q.version,
      approvedTotalFen: approvedFen,
      approved: approved.map((l) => l.title),
      deferred: of('defer').map((l) => l.title),
      declined: of('decline').map((l) => l.title),
    },
    at: now,
  });
}
