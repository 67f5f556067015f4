/**
 * Priority booking (issue 14 item 3): a customer may book `publicHorizonDays` ahead, and a tier with
 * priority `priorityDays` more, so its members see (and can take) slots before everyone else. The
 * server holds to it for slots, new bookings and moves; the screen only shows what it is given.
 */
import type { DbOrTx } from '../db/client.ts';
import { standingOf } from './membership.service.ts';

export async function customerHorizon(db: DbOrTx, customerId: string, now: Date) {
  const s = await standingOf(db, customerId, now);
  if (!s) return { days: 0, priorityDays: 0 };
  return { days: s.settings.publicHorizonDays + s.tier.priorityDays, priorityDays: s.tier.priorityDays };
}

/** Whether the customer's tier includes a loaner car (the booking's loaner option). */
export const loanerAllowed = async (db: DbOrTx, customerId: string, now: Date) =>
  (await standingOf(db, customerId, now))?.tier.loaner ?? false;

export const customerHorizonDays = async (db: DbOrTx, customerId: string, now: Date) =>
  (await customerHorizon(db, customerId, now)).days;
