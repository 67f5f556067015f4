/**
 * Booking's live reads (all from the device's mirror, so they work offline) and its actions, which
 * are outbox mutations: the screen shows them at once as pending and the server confirms or refuses
 * (slot_taken comes back with the nearest free times, kept on the refused outbox row).
 * Free slots are the one thing read straight from the server (they depend on everyone's bookings):
 * slot-cache.ts mirrors them ahead so the screen still offers times offline.
 */
import type { Accessor } from 'solid-js';
import * as v from 'valibot';
import { type SlotTakenDetails, SlotTakenDetailsSchema } from '@shared/booking/slot.schema.ts';
import type { AcceptProposalArgs, CreateBookingArgs } from '@shared/booking/booking-args.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { db, type OutboxRow } from '../db/dexie.ts';
import { createLive } from '../db/live.ts';
import { dismissRefusal, enqueue } from '../sync/outbox.ts';
import type { ViewRow } from '../sync/optimistic.ts';
import { liveRecord, liveRecords } from '../sync/records.ts';

/** A booking as the device knows it: the server's row, or the optimistic one (fewer fields). */
export type BookingRow = ViewRow<typeof ENTITIES.booking>;

export const liveBookings = () => liveRecords(ENTITIES.booking);
export const liveBooking = (id: Accessor<string | undefined>) => liveRecord(ENTITIES.booking, id);
export const liveProposals = () => liveRecords(ENTITIES.bookingProposal);
export const liveVehicles = () => liveRecords(ENTITIES.vehicle);

const BOOKING_MUTATIONS = ['booking.create', 'booking.reschedule', 'booking.acceptProposal'];
export type BookingRefusal = OutboxRow & { details?: Partial<SlotTakenDetails> };

/** Booking actions the server refused and the customer has not dealt with yet, newest first. */
export const liveBookingRefusals = () =>
  createLive(async () =>
    (await db.outbox.where('status').equals('refused').toArray())
      .filter((r) => BOOKING_MUTATIONS.includes(r.name))
      .reverse()
      .map((r): BookingRefusal => {
        const details = v.safeParse(v.partial(SlotTakenDetailsSchema), r.details);
        return { ...r, details: details.success ? details.output : undefined };
      }),
  );

export const upcoming = (rows: readonly BookingRow[], now = Date.now()) =>
  rows
    .filter((b) => b.status === 'confirmed' && new Date(b.endsAt ?? b.startsAt).getTime() >= now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
export const past = (rows: readonly BookingRow[], now = Date.now()) =>
  rows.filter((b) => !upcoming(rows, now).includes(b)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));

export const createBooking = (args: CreateBookingArgs) => enqueue('booking.create', args);
export const rescheduleBooking = (id: string, startsAt: string) => enqueue('booking.reschedule', { id, startsAt });
export const cancelBooking = (id: string) => enqueue('booking.cancel', { id });
export const acceptProposal = (args: AcceptProposalArgs) => enqueue('booking.acceptProposal', args);
export const declineProposal = (proposalId: string) => enqueue('booking.declineProposal', { proposalId });
export const dismiss = (seq: number) => dismissRefusal(seq);
