/**
 * Taking capacity always goes through takeBay(): lock the day row, read the day's bookings, pick a
 * bay with the shared rule — or answer slot_taken with the nearest free times, which the device
 * offers in place of the refused one. Creating and moving a booking share it so both keep the
 * "no bay holds two bookings at once" invariant the same way.
 */
import type { SlotTakenDetails } from '@shared/booking/slot.schema.ts';
import { bookingBlocks, dayClock, pickBay, SLOT_STEP_MINUTES } from '@shared/booking/slots.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { MINUTE, zonedDate } from '@shared/time.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  alternativesFor,
  type CenterRow,
  earliestStart,
  lastBookableDate,
  lockDay,
  planOf,
  rangeState,
  type ServiceTypeRow,
} from './capacity.service.ts';

const slotTaken = (
  alternatives: SlotTakenDetails['alternatives'],
  message = 'That time has just been taken; here are the nearest free times.',
) => err('slot_taken', message, { alternatives } satisfies SlotTakenDetails);

type Placement = { date: string; bay: number; startsAt: Date; endsAt: Date };

/**
 * Finds a bay for [startsAt, startsAt + duration) under the day lock. The caller must write its
 * booking in the same transaction, before the lock is released at commit.
 */
export async function takeBay(
  tx: DbOrTx,
  center: CenterRow,
  type: ServiceTypeRow,
  startsAt: Date,
  now: Date,
  excludeBookingId?: string,
  horizonDays?: number,
): Promise<Result<Placement>> {
  const date = zonedDate(startsAt, center.timeZone);
  const clock = dayClock(date, center.timeZone);
  const from = clock.toMinute(startsAt);
  if (from % SLOT_STEP_MINUTES !== 0 || startsAt.getTime() % MINUTE !== 0)
    return err('invalid', 'startsAt must be on the half hour.');
  if (date > lastBookableDate(center, now, horizonDays)) return err('invalid', 'That date is too far ahead to book.');
  const alternatives = () => alternativesFor(tx, center, type.durationMinutes, startsAt, now, excludeBookingId);
  if (startsAt < earliestStart(now))
    return slotTaken(await alternatives(), 'That time has passed; here are the nearest free times.');

  // The lock is taken in a savepoint: when the slot is full the savepoint rolls back, which releases
  // the day row at once, so the nearest free times are looked up without holding the other bookers.
  let placed: Placement | null = null;
  try {
    placed = await tx.transaction(async (sp) => {
      await lockDay(sp, center.id, date, now);
      const state = await rangeState(sp, center.id, date, date, excludeBookingId);
      const plan = planOf(center, date, state.exceptions.get(date) ?? []);
      const bay = pickBay(
        plan,
        bookingBlocks(clock, state.bookings.get(date) ?? []),
        from,
        from + type.durationMinutes,
      );
      if (bay === null) throw new SlotFull();
      return { date, bay, startsAt, endsAt: new Date(startsAt.getTime() + type.durationMinutes * MINUTE) };
    });
  } catch (e) {
    if (!(e instanceof SlotFull)) throw e;
  }
  return placed ? ok(placed) : slotTaken(await alternatives());
}

class SlotFull extends Error {
  override name = 'SlotFull';
}
