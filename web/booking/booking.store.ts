/**
 * Booking's live reads (all from the device's mirror, so they work offline) and its actions, which
 * are outbox mutations: the screen shows them at once as pending and the server confirms or refuses
 * (slot_taken comes back with the nearest free times, kept on the refused outbox row).
 * Free slots are the one thing read straight from the server (they depend on everyone's bookings);
 * the last answer per service is kept so the screen still offers times offline.
 */
import type { Accessor } from 'solid-js';
import type { SlotsResponse, SlotTakenDetails } from '@shared/booking/slot.schema.ts';
import type { Booking, BookingProposal } from '@shared/booking/booking.schema.ts';
import type { AcceptProposalArgs, CreateBookingArgs } from '@shared/booking/booking-args.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { db, type OutboxRow } from '../db/dexie.ts';
import { createLive } from '../db/live.ts';
import { api } from '../sync/api.ts';
import { dismissRefusal, enqueue } from '../sync/outbox.ts';
import { liveRecord, liveRecords } from '../sync/records.ts';

/** A booking as the device knows it: the server's row, or the optimistic one (fewer fields). */
export type BookingRow = Pick<Booking, 'id' | 'vehicleId' | 'serviceTypeId' | 'startsAt' | 'status' | 'issues'> &
  Partial<Omit<Booking, 'id' | 'vehicleId' | 'serviceTypeId' | 'startsAt' | 'status' | 'issues'>> & {
    _pending?: number;
  };

export const liveBookings = () => liveRecords<BookingRow>(ENTITIES.booking);
export const liveBooking = (id: Accessor<string | undefined>) => liveRecord<BookingRow>(ENTITIES.booking, id);
export const liveProposals = () => liveRecords<BookingProposal>(ENTITIES.bookingProposal);
export const liveVehicles = () => liveRecords<Vehicle>(ENTITIES.vehicle);

const BOOKING_MUTATIONS = ['booking.create', 'booking.reschedule', 'booking.acceptProposal'];
export type BookingRefusal = OutboxRow & { details?: Partial<SlotTakenDetails> };

/** Booking actions the server refused and the customer has not dealt with yet, newest first. */
export const liveBookingRefusals = () =>
  createLive(
    async () =>
      (await db.outbox.where('status').equals('refused').toArray())
        .filter((r) => BOOKING_MUTATIONS.includes(r.name))
        .reverse() as BookingRefusal[],
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

type Cached = { at: string; body: SlotsResponse };
const cacheKey = (serviceTypeId: string) => `pitlane.slots.${serviceTypeId}`;

/** Free slots for a service: from the server when online, else the last answer (with its time). */
export async function fetchSlots(serviceTypeId: string): Promise<{ body: SlotsResponse; cachedAt: string | null }> {
  try {
    const body = await api<SlotsResponse>(
      `/api/booking/slots?serviceTypeId=${encodeURIComponent(serviceTypeId)}&days=14`,
    );
    try {
      localStorage.setItem(
        cacheKey(serviceTypeId),
        JSON.stringify({ at: new Date().toISOString(), body } satisfies Cached),
      );
    } catch {
      // storage full or blocked: the screen still works online
    }
    return { body, cachedAt: null };
  } catch (e) {
    const saved = localStorage.getItem(cacheKey(serviceTypeId));
    if (!saved) throw e;
    const cached = JSON.parse(saved) as Cached;
    const now = Date.now();
    // Drop slots that have passed since they were fetched.
    const days = cached.body.days.map((d) => ({
      ...d,
      slots: d.slots.filter((s) => new Date(s.startsAt).getTime() > now),
    }));
    const recommended = cached.body.recommended.filter((s) => new Date(s.startsAt).getTime() > now);
    return { body: { ...cached.body, days, recommended }, cachedAt: cached.at };
  }
}
