/**
 * Sending a quote to the customer: it becomes visible on their device, they are notified in the app,
 * and a remote approval link is made. The SMS itself goes out after commit (by the route), so a
 * rolled-back send never texts anyone; this returns the message to send.
 */
import { eq } from 'drizzle-orm';
import { err, ok, type Result } from '@shared/errors.ts';
import { centers } from '../center/center.table.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { amountText, announce } from './quote-announce.ts';
import { createLink } from './quote-link.ts';
import { lockQuote, type StaffActor } from './quote-lock.ts';
import { quotes } from './quote.table.ts';
import { linesOf, priced, publishQuote, type QuoteRow } from './quote.views.ts';
import { totalsOf } from '@shared/quotes/packages.ts';
import { postQuoteSent } from './quote-timeline.ts';

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
  const total = totalsOf(priced(await linesOf(tx, q.id, sent!.version))).totalFen;
  await postQuoteSent(tx, sent!, actor.staffId, total, now);
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
