/**
 * The loaner option on booking is a tier benefit the server holds to: a customer whose tier lacks it
 * is refused (whatever the client sends), and the same request goes through once the tier has it.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEMBERSHIP_SETTINGS } from '@shared/membership/settings.schema.ts';
import { addDays, zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { bookings } from '../booking/booking.table.ts';
import { makeDevices, serviceTypeByCode } from '../booking/booking.test-kit.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') });
});
afterAll(() => s?.stop());

describe('loaner request on booking', () => {
  it('refused for a tier without it, applied once the tier has it', async () => {
    const type = await serviceTypeByCode(s.db.db, 'maintenance');
    const [d] = await makeDevices(s.db.db, s.url, 1, s.clock.now());
    const startsAt = zonedTimeToUtc(addDays(zonedDate(s.clock.now(), 'Asia/Shanghai'), 4), 15 * 60, 'Asia/Shanghai');
    const args = () => ({
      id: randomUUID(),
      vehicleId: d!.vehicleId,
      serviceTypeId: type.id,
      startsAt: startsAt.toISOString(),
      issues: '',
      loaner: true,
    });
    const refused = await d!.push('booking.create', args());
    expect(refused.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'invalid' });

    const manager = await s.signInStaff('manager');
    const tiers = DEFAULT_MEMBERSHIP_SETTINGS.tiers.map((t) => (t.code === 'silver' ? { ...t, loaner: true } : t));
    const put = await manager.fetch('/api/staff/membership/settings', {
      method: 'PUT',
      json: { ...DEFAULT_MEMBERSHIP_SETTINGS, tiers },
    });
    expect(put.status).toBe(200);
    const a = args();
    const applied = await d!.push('booking.create', a);
    expect(applied.body.results?.[0]?.status).toBe('applied');
    const [row] = await s.db.db.select().from(bookings).where(eq(bookings.id, a.id));
    expect(row!.loaner).toBe(true);
  });
});
