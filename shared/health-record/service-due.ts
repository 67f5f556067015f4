/**
 * Next service due (seed 002's proactive reminder): about 5 months OR the mileage interval since the
 * last service, whichever comes first. The mileage date is estimated from the car's driving pace; the
 * last service is the latest maintenance-type visit, including one in the workshop now (or the purchase).
 */
import { addDays } from '../time.ts';
import { addMonths, daysBetween } from './dates.ts';
import type { DrivingPace } from './wear.ts';

export const SERVICE_INTERVAL_MONTHS = 5;
export const SERVICE_INTERVAL_KM = 10_000;
/** Visits that reset the service interval. */
export const SERVICE_CODES: readonly string[] = ['maintenance', 'first_service'];

export type ServiceVisit = { serviceCode: string | null; status: string; checkedInAt: string; mileageKm: number };
export type ServiceDue = {
  /** The earlier of the time date and the estimated mileage date (YYYY-MM-DD). */
  dueDate: string;
  dueKm: number;
  /** Which limit comes first. */
  by: 'time' | 'mileage';
  daysLeft: number;
  overdue: boolean;
  since: { date: string; mileageKm: number; from: 'service' | 'purchase' };
};

export function nextServiceDue(input: {
  visits: readonly ServiceVisit[];
  purchaseDate: string;
  currentMileageKm: number;
  pace: DrivingPace | null;
  /** YYYY-MM-DD in the center's zone. */
  today: string;
}): ServiceDue {
  const last = [...input.visits]
    .filter((v) => v.serviceCode !== null && SERVICE_CODES.includes(v.serviceCode))
    .sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt))[0];
  const since = last
    ? { date: last.checkedInAt.slice(0, 10), mileageKm: last.mileageKm, from: 'service' as const }
    : { date: input.purchaseDate, mileageKm: 0, from: 'purchase' as const };
  const byTime = addMonths(since.date, SERVICE_INTERVAL_MONTHS);
  const dueKm = since.mileageKm + SERVICE_INTERVAL_KM;
  let byMileage: string | null = null;
  if (input.currentMileageKm >= dueKm) byMileage = input.today;
  else if (input.pace) {
    // Odometer today: the known reading, or more if the pace says the car has driven since.
    const driven = since.mileageKm + input.pace.kmPerDay * Math.max(0, daysBetween(since.date, input.today));
    const kmToday = Math.max(input.currentMileageKm, driven);
    byMileage =
      kmToday >= dueKm ? input.today : addDays(input.today, Math.floor((dueKm - kmToday) / input.pace.kmPerDay));
  }
  const mileageFirst = byMileage !== null && byMileage < byTime;
  const dueDate = mileageFirst ? byMileage! : byTime;
  const daysLeft = daysBetween(input.today, dueDate);
  return {
    dueDate,
    dueKm,
    by: mileageFirst ? 'mileage' : 'time',
    daysLeft,
    overdue: daysLeft < 0 || input.currentMileageKm >= dueKm,
    since,
  };
}
