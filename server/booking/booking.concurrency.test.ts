/**
 * No overbooking, ever: 50 customers, each on their own device and session, push a booking of the
 * same slot through the real /api/sync/push at once while it has one place left. Run on PGlite and
 * (TEST_DATABASE_URL) on the PostgreSQL server, where the pushes really run in parallel.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DaySlots, SlotTakenDetails } from '@shared/booking/slot.schema.ts';
import { addDays, zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { bookings } from './booking.table.ts';
import { makeDevices, serviceTypeByCode } from './booking.test-kit.ts';

const TZ = 'Asia/Shanghai';
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') });
});
afterAll(() => s?.stop());

describe('booking the last place of a slot', () => {
  it('50 at once: exactly 1 gets it, 49 are told it is taken with the nearest free times, no bay holds two', async () => {
    const type = await serviceTypeByCode(s.db.db, 'maintenance');
    // A Wednesday 10:00, 9 days ahead (the demo load does not reach it fully).
    const date = addDays(zonedDate(s.clock.now(), TZ), 9);
    const startsAt = zonedTimeToUtc(date, 10 * 60, TZ);
    const devices = await makeDevices(s.db.db, s.url, 60, s.clock.now());
    const fillers = devices.slice(0, 10);
    const racers = devices.slice(10);

    // Fill the slot up to one free place.
    const free = async () => {
      const r = await fetch(`${s.url}/api/booking/slots?serviceTypeId=${type.id}&from=${date}&days=1`, {
        headers: { cookie: racers[0]!.cookie },
      });
      const body = (await r.json()) as { days: DaySlots[] };
      return body.days[0]!.slots.find((x) => x.startsAt === startsAt.toISOString())!;
    };
    const before = await free();
    expect(before.capacity).toBe(6);
    for (const f of fillers.slice(0, before.free - 1)) {
      const r = await f.push('booking.create', {
        id: randomUUID(),
        vehicleId: f.vehicleId,
        serviceTypeId: type.id,
        startsAt: startsAt.toISOString(),
        issues: '',
      });
      expect(r.body.results?.[0]?.status).toBe('applied');
    }
    expect((await free()).free).toBe(1);

    const answers = await Promise.all(
      racers.map((d) =>
        d.push('booking.create', {
          id: randomUUID(),
          vehicleId: d.vehicleId,
          serviceTypeId: type.id,
          startsAt: startsAt.toISOString(),
          issues: '异响',
        }),
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const results = answers.map((a) => a.body.results![0]!);
    const won = results.filter((r) => r.status === 'applied');
    const lost = results.filter((r) => r.status === 'refused');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const r of lost) {
      expect(r.reason).toBe('slot_taken');
      const alternatives = (r.result as SlotTakenDetails).alternatives;
      expect(alternatives.length).toBeGreaterThan(0);
      expect(alternatives.every((a) => a.free > 0 && a.startsAt !== startsAt.toISOString())).toBe(true);
    }
    // The alternatives are the nearest free times: the first is within a couple of hours of 10:00.
    const nearest = (lost[0]!.result as SlotTakenDetails).alternatives.map((a) =>
      Math.abs(new Date(a.startsAt).getTime() - startsAt.getTime()),
    );
    expect(Math.min(...nearest)).toBeLessThanOrEqual(2 * 3600_000);

    // In the database: 6 confirmed bookings overlap 10:00-11:30, each on its own bay.
    const rows = await s.db.db
      .select()
      .from(bookings)
      .where(and(eq(bookings.date, date), eq(bookings.status, 'confirmed')));
    const end = startsAt.getTime() + type.durationMinutes * 60_000;
    const overlapping = rows.filter((b) => b.startsAt.getTime() < end && b.endsAt.getTime() > startsAt.getTime());
    expect(overlapping).toHaveLength(6);
    for (const a of rows)
      for (const b of rows)
        if (a.id !== b.id && a.bay === b.bay) expect(a.startsAt < b.endsAt && b.startsAt < a.endsAt).toBe(false);
    expect((await free()).free).toBe(0);
  }, 120_000);
});
