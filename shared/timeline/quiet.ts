/**
 * The quiet-time rule (seed 000: "update the customer at least every 30 minutes"): a visit whose car
 * is being worked on and whose customer has seen nothing new for 30 minutes is flagged on the
 * advisor's board. Staff-side only; the customer is never shown a made-up update.
 * "Now" always comes from the server's clock (deps.clock), never the device's.
 */
import { MINUTE } from '../time.ts';
import type { VisitStatus } from './timeline.schema.ts';

export const QUIET_AFTER_MINUTES = 30;

/** Minutes since the customer last saw something (the last event, or check-in when there is none). */
export function quietMinutes(lastVisibleAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - lastVisibleAt.getTime()) / MINUTE));
}

/** Only while the work is going on: a car waiting for pickup or delivered has nothing left to report. */
export function isQuiet(status: VisitStatus, lastVisibleAt: Date, now: Date): boolean {
  return status === 'in_progress' && quietMinutes(lastVisibleAt, now) >= QUIET_AFTER_MINUTES;
}
