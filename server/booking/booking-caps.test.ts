/**
 * One customer cannot take a day's capacity: one car is in one bay at a time, and a customer holds at
 * most MAX_UPCOMING_BOOKINGS upcoming bookings. Pushed as one batch (an offline device's outbox) the
 * extra bookings are refused with a reason, the rest of the batch applies.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_UPCOMING_BOOKINGS } from './booking-caps.ts';
import { local, typeId, useBookingServer, zhang } from './booking-routes.fixture.ts';

useBookingServer();

type Result = { seq: number; status: string; reason?: string };
const clientId = randomUUID();
let seq = 0;
async function pushBatch(mutations: { name: string; args: unknown }[]) {
  const r = await zhang.post<{ results: Result[] }>('/api/sync/push', {
    clientId,
    mutations: mutations.map((m) => ({ ...m, seq: ++seq, at: new Date().toISOString() })),
  });
  expect(r.status).toBe(200);
  return r.body.results;
}

describe('per-customer booking caps', () => {
  it('one car into all six bays at one time in one push: one booking, the others refused as vehicle_busy', async () => {
    const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const book = (startsAt: string) => ({
      name: 'booking.create',
      args: { id: randomUUID(), vehicleId, serviceTypeId: typeId('maintenance'), startsAt, issues: '' },
    });
    const results = await pushBatch(Array.from({ length: 6 }, () => book(local('2026-11-26', '10:00'))));
    expect(results.map((r) => r.status)).toEqual(['applied', ...Array(5).fill('refused')]);
    expect(new Set(results.slice(1).map((r) => r.reason))).toEqual(new Set(['vehicle_busy']));
    // Overlapping but not equal (10:00 + 90 min covers 11:00) is the same car in two bays.
    const [overlap] = await pushBatch([book(local('2026-11-26', '11:00'))]);
    expect(overlap).toMatchObject({ status: 'refused', reason: 'vehicle_busy' });
  });

  it(`no more than ${MAX_UPCOMING_BOOKINGS} upcoming bookings per customer; a cancelled one frees a place`, async () => {
    const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const ids: string[] = [];
    const days = ['2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07'];
    const results = await pushBatch(
      days.map((d) => {
        const id = randomUUID();
        ids.push(id);
        return {
          name: 'booking.create',
          args: { id, vehicleId, serviceTypeId: typeId('maintenance'), startsAt: local(d, '14:00'), issues: '' },
        };
      }),
    );
    const applied = results.filter((r) => r.status === 'applied');
    const refused = results.filter((r) => r.status === 'refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((r) => r.reason))).toEqual(new Set(['too_many_bookings']));
    // The refusals are the last ones: the cap counts in the order the customer acted.
    expect(results.findIndex((r) => r.status === 'refused')).toBe(applied.length);
    const firstApplied = ids[0]!;
    const [cancel] = await pushBatch([{ name: 'booking.cancel', args: { id: firstApplied } }]);
    expect(cancel).toMatchObject({ status: 'applied' });
    const last = days.at(-1)!;
    const [again] = await pushBatch([
      {
        name: 'booking.create',
        args: {
          id: randomUUID(),
          vehicleId,
          serviceTypeId: typeId('maintenance'),
          startsAt: local(last, '09:00'),
          issues: '',
        },
      },
    ]);
    expect(again).toMatchObject({ status: 'applied' });
  });
});
