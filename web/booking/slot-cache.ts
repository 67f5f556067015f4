/**
 * Free slots on the device. They depend on everyone's bookings, so they come from the server; but a
 * customer who opens 预约 online and then loses the signal must still see times, so whenever the
 * booking screens open online, the next days' slots of every service are mirrored into IndexedDB
 * (the meta table: device facts, cleared at sign-out with the rest). Offline, the picker shows the
 * mirrored answer with its age; the server re-checks the slot when the booking is delivered.
 */
import * as v from 'valibot';
import { type SlotsResponse, SlotsResponseSchema } from '@shared/booking/slot.schema.ts';
import { db } from '../db/dexie.ts';
import { call, client } from '../sync/client.ts';

export const SLOT_DAYS = 14;
// Parsed on the way in and out: the cache may be from an older app version.
const CachedSchema = v.object({ at: v.string(), body: SlotsResponseSchema });
type Cached = v.InferOutput<typeof CachedSchema>;
const key = (serviceTypeId: string) => `slots.${serviceTypeId}`;

export type SlotAnswer = { body: SlotsResponse; cachedAt: string | null };

async function fetchFresh(serviceTypeId: string): Promise<SlotsResponse> {
  const body = v.parse(
    SlotsResponseSchema,
    await call(client.booking.slots.$get({ query: { serviceTypeId, days: String(SLOT_DAYS) } })),
  );
  await db.meta.put({ key: key(serviceTypeId), value: { at: new Date().toISOString(), body } satisfies Cached });
  return body;
}

/** The mirrored answer without the times that have passed since, or null when there is none. */
export async function cachedSlots(serviceTypeId: string, now = Date.now()): Promise<SlotAnswer | null> {
  const stored = v.safeParse(CachedSchema, (await db.meta.get(key(serviceTypeId)))?.value);
  if (!stored.success) return null;
  const cached = stored.output;
  const future = <T extends { startsAt: string }>(s: T) => new Date(s.startsAt).getTime() > now;
  const days = cached.body.days.map((d) => ({ ...d, slots: d.slots.filter(future) }));
  return { body: { ...cached.body, days, recommended: cached.body.recommended.filter(future) }, cachedAt: cached.at };
}

/** Free slots for a service: fresh from the server when it answers, else the mirrored ones. */
export async function fetchSlots(serviceTypeId: string): Promise<SlotAnswer> {
  try {
    return { body: await fetchFresh(serviceTypeId), cachedAt: null };
  } catch (e) {
    const cached = await cachedSlots(serviceTypeId);
    if (!cached) throw e;
    return cached;
  }
}

let warming: Promise<void> | null = null;
/** Mirrors every service's slots in the background (one request at a time: a phone on 3G). */
export function precacheSlots(serviceTypeIds: readonly string[]): Promise<void> {
  if (warming || (typeof navigator !== 'undefined' && !navigator.onLine)) return warming ?? Promise.resolve();
  warming = (async () => {
    for (const id of serviceTypeIds) {
      try {
        await fetchFresh(id);
      } catch {
        break; // offline or the server is away: the picker says so when it needs them
      }
    }
  })().finally(() => {
    warming = null;
  });
  return warming;
}
