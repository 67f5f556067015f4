/**
 * Booking, moving and cancelling, each inside the caller's transaction (the push transaction for a
 * customer mutation). Taking capacity always goes through takeBay(): lock the day row, read the
 * day's bookings, pick a bay with the shared rule — or answer slot_taken with the nearest free
 * times, which the device offers in place of the refused one.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Booking, RecommendationReason, SlotTakenDetails } from '@shared/booking/booking.schema.ts';
import { dayClock, pickBay, SLOT_STEP_MINUTES, bookingBlocks } from '@shared/booking/slots.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { MINUTE, zonedDate } from '@shared/time.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';
import { staff } from '../staff/staff.table.ts';
import { publish } from '../sync/publish.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { cancelledMessage, checklistFor, confirmedMessage, rescheduledMessage } from './booking.messages.ts';
import { messageContext } from './message-context.ts';
import { bookingProposals, bookings } from './booking.table.ts';
import {
  alternativesFor,
  type CenterRow,
  earliestStart,
  getCenter,
  getServiceType,
  lastBookableDate,
  lockDay,
  planOf,
  rangeState,
  type ServiceTypeRow,
} from './capacity.service.ts';
import { decideProposal } from './proposal.view.ts';
import { cancelReminders, scheduleReminders } from './reminders.ts';

type BookingRow = typeof bookings.$inferSelect;

export async function bookingView(db: DbOrTx, row: BookingRow): Promise<Booking> {
  const center = (await getCenter(db, row.centerId))!;
  const type = (await getServiceType(db, row.centerId, row.serviceTypeId))!;
  const [vehicle] = await db
    .select({ plate: vehicles.plate, model: vehicles.model })
    .from(vehicles)
    .where(eq(vehicles.id, row.vehicleId));
  const [advisor] = row.advisorId
    ? await db.select({ name: staff.name }).from(staff).where(eq(staff.id, row.advisorId))
    : [];
  return {
    id: row.id,
    vehicleId: row.vehicleId,
    vehicle: vehicle ?? { plate: '', model: '' },
    serviceTypeId: row.serviceTypeId,
    serviceCode: type.code,
    serviceName: { zh: type.nameZh, en: type.nameEn },
    durationMinutes: type.durationMinutes,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    bay: row.bay,
    issues: row.issues,
    advisorName: advisor?.name ?? null,
    center: {
      name: center.name,
      nameEn: center.nameEn,
      address: center.address,
      addressEn: center.addressEn,
      phone: center.phone,
      timeZone: center.timeZone,
    },
    checklist: checklistFor(type.code, row.issues),
    reason: row.reason ?? null,
    proposalId: row.proposalId,
    createdAt: row.createdAt.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  };
}

export async function publishBooking(tx: DbOrTx, row: BookingRow): Promise<Booking> {
  const view = await bookingView(tx, row);
  await publish(tx, {
    customerId: row.customerId,
    entity: ENTITIES.booking,
    id: row.id,
    scope: row.vehicleId,
    data: view,
  });
  return view;
}

const slotTaken = (
  alternatives: SlotTakenDetails['alternatives'],
  message = 'That time has just been taken; here are the nearest free times.',
) => err('slot_taken', message, { alternatives } satisfies SlotTakenDetails);

type Placement = { date: string; bay: number; startsAt: Date; endsAt: Date };

/**
 * Finds a bay for [startsAt, startsAt + duration) under the day lock. The caller must write its
 * booking in the same transaction, before the lock is released at commit.
 */
async function takeBay(
  tx: DbOrTx,
  center: CenterRow,
  type: ServiceTypeRow,
  startsAt: Date,
  now: Date,
  excludeBookingId?: string,
): Promise<Result<Placement>> {
  const date = zonedDate(startsAt, center.timeZone);
  const clock = dayClock(date, center.timeZone);
  const from = clock.toMinute(startsAt);
  if (from % SLOT_STEP_MINUTES !== 0 || startsAt.getTime() % MINUTE !== 0)
    return err('invalid', 'startsAt must be on the half hour.');
  if (date > lastBookableDate(center, now)) return err('invalid', 'That date is too far ahead to book.');
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

async function firstAdvisor(db: DbOrTx, centerId: string) {
  const [a] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.centerId, centerId), eq(staff.role, 'advisor')))
    .orderBy(asc(staff.createdAt))
    .limit(1);
  return a?.id ?? null;
}

export type CreateBookingInput = {
  id: string;
  customerId: string;
  vehicleId: string;
  serviceTypeId: string;
  startsAt: Date;
  issues: string;
  reason?: RecommendationReason | null | undefined;
  proposalId?: string | undefined;
  source: BookingRow['source'];
};

export async function createBooking(
  tx: DbOrTx,
  now: Date,
  input: CreateBookingInput,
  options = { notify: true },
): Promise<Result<Booking>> {
  const [customer] = await tx
    .select({ centerId: customers.centerId })
    .from(customers)
    .where(eq(customers.id, input.customerId));
  if (!customer) return err('not_found', 'No such customer.');
  const [vehicle] = await tx
    .select({ id: vehicles.id })
    .from(vehicles)
    .where(and(eq(vehicles.id, input.vehicleId), eq(vehicles.customerId, input.customerId)));
  if (!vehicle) return err('not_found', 'No such vehicle.');
  const center = (await getCenter(tx, customer.centerId))!;
  const type = await getServiceType(tx, center.id, input.serviceTypeId);
  if (!type) return err('not_found', 'No such service.');

  const [existing] = await tx.select().from(bookings).where(eq(bookings.id, input.id));
  if (existing) {
    // The same booking sent again from another device of the same customer: answer it as made.
    const same = existing.customerId === input.customerId && existing.startsAt.getTime() === input.startsAt.getTime();
    return same ? ok(await bookingView(tx, existing)) : err('conflict', 'A booking with this id already exists.');
  }
  if (input.proposalId) {
    const [p] = await tx
      .select()
      .from(bookingProposals)
      .where(and(eq(bookingProposals.id, input.proposalId), eq(bookingProposals.customerId, input.customerId)))
      .for('update');
    if (!p) return err('not_found', 'No such proposal.');
    if (p.status !== 'open') return err('already_decided', 'This proposal was already answered.');
  }

  const placed = await takeBay(tx, center, type, input.startsAt, now);
  if (!placed.ok) return placed;
  const [row] = await tx
    .insert(bookings)
    .values({
      id: input.id,
      centerId: center.id,
      customerId: input.customerId,
      vehicleId: input.vehicleId,
      serviceTypeId: type.id,
      ...placed.value,
      status: 'confirmed',
      issues: input.issues.trim(),
      advisorId: await firstAdvisor(tx, center.id),
      reason: input.reason ?? null,
      proposalId: input.proposalId ?? null,
      source: input.source,
      createdAt: now,
    })
    .returning();
  const booking = row!;
  if (input.proposalId) await decideProposal(tx, input.proposalId, 'accepted', now, booking.id);
  await scheduleReminders(tx, booking, now);
  const view = await publishBooking(tx, booking);
  if (options.notify) {
    await notify(tx, {
      customerId: booking.customerId,
      kind: 'booking_confirmed',
      ...confirmedMessage(await messageContext(tx, booking)),
      link: `/booking/${booking.id}`,
      at: now,
      dedupeKey: `booking:${booking.id}:confirmed`,
    });
  }
  return ok(view);
}

async function ownedBooking(tx: DbOrTx, customerId: string, id: string) {
  const [row] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, id), eq(bookings.customerId, customerId)))
    .for('update');
  return row ?? null;
}

export async function rescheduleBooking(
  tx: DbOrTx,
  now: Date,
  customerId: string,
  id: string,
  startsAt: Date,
): Promise<Result<Booking>> {
  const row = await ownedBooking(tx, customerId, id);
  if (!row) return err('not_found', 'No such booking.');
  if (row.status !== 'confirmed') return err('gone', 'This booking is no longer open.');
  if (row.startsAt <= now) return err('gone', 'This booking has already begun.');
  if (row.startsAt.getTime() === startsAt.getTime()) return ok(await bookingView(tx, row));
  const center = (await getCenter(tx, row.centerId))!;
  const type = (await getServiceType(tx, row.centerId, row.serviceTypeId))!;
  const placed = await takeBay(tx, center, type, startsAt, now, row.id);
  if (!placed.ok) return placed;
  const [moved] = await tx.update(bookings).set(placed.value).where(eq(bookings.id, row.id)).returning();
  await cancelReminders(tx, row.id, now);
  await scheduleReminders(tx, moved!, now);
  const view = await publishBooking(tx, moved!);
  await notify(tx, {
    customerId,
    kind: 'booking_rescheduled',
    ...rescheduledMessage(await messageContext(tx, moved!)),
    link: `/booking/${row.id}`,
    at: now,
    dedupeKey: `booking:${row.id}:moved:${startsAt.toISOString()}`,
  });
  return ok(view);
}

export async function cancelBooking(tx: DbOrTx, now: Date, customerId: string, id: string): Promise<Result<Booking>> {
  const row = await ownedBooking(tx, customerId, id);
  if (!row) return err('not_found', 'No such booking.');
  if (row.status === 'cancelled') return ok(await bookingView(tx, row));
  if (row.status !== 'confirmed' || row.startsAt <= now) return err('gone', 'This booking can no longer be cancelled.');
  const [cancelled] = await tx
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(eq(bookings.id, id))
    .returning();
  await cancelReminders(tx, id, now);
  const view = await publishBooking(tx, cancelled!);
  await notify(tx, {
    customerId,
    kind: 'booking_cancelled',
    ...cancelledMessage(await messageContext(tx, cancelled!)),
    link: `/booking/${id}`,
    at: now,
    dedupeKey: `booking:${id}:cancelled`,
  });
  return ok(view);
}

export type BulkItem = {
  customerId: string;
  vehicleId: string;
  serviceTypeId: string;
  startsAt: Date;
  issues?: string;
};

/**
 * Places many bookings of one center at once (the demo's load, an import): the same day locks and
 * bay rule as createBooking, but one read per range and one insert. The caller vouches that each
 * vehicle is its customer's. Items that do not fit are skipped. No notifications are sent.
 */
export async function placeBookings(
  tx: DbOrTx,
  now: Date,
  centerId: string,
  items: readonly BulkItem[],
  options: { publish: boolean },
): Promise<{ placed: number; skipped: number }> {
  if (!items.length) return { placed: 0, skipped: 0 };
  const center = (await getCenter(tx, centerId))!;
  const tz = center.timeZone;
  const dated = items.map((item) => ({ item, date: zonedDate(item.startsAt, tz) }));
  const dates = [...new Set(dated.map((d) => d.date))].sort();
  for (const date of dates) await lockDay(tx, center.id, date, now);
  const state = await rangeState(tx, center.id, dates[0]!, dates.at(-1)!);
  const types = new Map<string, ServiceTypeRow>();
  const advisorId = await firstAdvisor(tx, center.id);
  const rows: (typeof bookings.$inferInsert)[] = [];
  for (const { item, date } of dated) {
    let type = types.get(item.serviceTypeId);
    if (!type) {
      type = (await getServiceType(tx, center.id, item.serviceTypeId)) ?? undefined;
      if (!type) continue;
      types.set(type.id, type);
    }
    const clock = dayClock(date, tz);
    const from = clock.toMinute(item.startsAt);
    const taken = state.bookings.get(date) ?? [];
    const plan = planOf(center, date, state.exceptions.get(date) ?? []);
    const bay =
      item.startsAt < earliestStart(now)
        ? null
        : pickBay(plan, bookingBlocks(clock, taken), from, from + type.durationMinutes);
    if (bay === null) continue;
    const endsAt = new Date(item.startsAt.getTime() + type.durationMinutes * MINUTE);
    const id = crypto.randomUUID();
    state.bookings.set(date, [...taken, { id, bay, startsAt: item.startsAt, endsAt }]);
    rows.push({
      id,
      centerId: center.id,
      customerId: item.customerId,
      vehicleId: item.vehicleId,
      serviceTypeId: type.id,
      date,
      bay,
      startsAt: item.startsAt,
      endsAt,
      status: 'confirmed',
      issues: item.issues ?? '',
      advisorId,
      source: 'demo',
      createdAt: now,
    });
  }
  if (rows.length) {
    const inserted = await tx.insert(bookings).values(rows).returning();
    await scheduleReminders(tx, inserted, now);
    if (options.publish) for (const b of inserted) await publishBooking(tx, b);
  }
  return { placed: rows.length, skipped: items.length - rows.length };
}
