/**
 * Reminders 24 h and 2 h before, driven by the controllable clock: each fires exactly once (also
 * with two processors at once and across a server restart on the same database); cancelling the
 * booking cancels them; a 24 h reminder found too late is skipped in favour of the 2 h one.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedTimeToUtc } from '@shared/time.ts';
import { memorySms } from '../auth/sms.ts';
import { notifications } from '../notifications/notification.table.ts';
import { type RunningServer, startServer } from '../server.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/helpers/test-db.ts';
import { testClock } from '../../tests/helpers/test-server.ts';
import { bookingReminders } from './booking.table.ts';
import { type Device, makeDevices, serviceTypeByCode } from './booking.test-kit.ts';
import { processDueReminders, startBookingJobs } from './reminders.ts';

const TZ = 'Asia/Shanghai';
const clock = testClock('2026-11-23T01:00:00Z'); // Monday 09:00 in Shanghai
let db: TestDatabase;
let server: RunningServer;

const start = () =>
  startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: '/tmp/pitlane-test-unused',
    demo: true,
    secret: 'test-secret-test-secret-test-secret-0123',
    database: db,
    sms: memorySms(),
    clock,
    log: () => {},
  });
const base = () => `http://127.0.0.1:${server.port}`;
/**
 * The server's own loop runs beside these direct calls (each notice wakes it): a row it holds is
 * skipped here (SKIP LOCKED), so each check first awaits the pass it may have under way.
 */
const settled = () => server.runBookingJobs();

beforeAll(async () => {
  db = await createTestDatabase();
  server = await start();
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const remindersOf = async (customerId: string) =>
  (await db.db.select().from(notifications).where(eq(notifications.customerId, customerId))).filter((n) =>
    n.kind.startsWith('booking_reminder'),
  );

async function book(d: Device, localDate: string, minute: number) {
  const type = await serviceTypeByCode(db.db, 'maintenance');
  const id = randomUUID();
  const r = await d.push('booking.create', {
    id,
    vehicleId: d.vehicleId,
    serviceTypeId: type.id,
    startsAt: zonedTimeToUtc(localDate, minute, TZ).toISOString(),
    issues: '',
  });
  expect(r.body.results?.[0]).toMatchObject({ status: 'applied' });
  return id;
}

describe('booking reminders', () => {
  it('fire once each at 24 h and 2 h before, also across a restart and with two processors at once', async () => {
    const [d] = await makeDevices(db.db, base(), 1, clock.now());
    const bookingId = await book(d!, '2026-11-26', 10 * 60); // Thursday 10:00 = 02:00Z

    await processDueReminders(db.db, clock.now());

    await settled();
    expect(await remindersOf(d!.customerId)).toHaveLength(0);

    clock.set('2026-11-25T02:01:00Z'); // 24 h before, plus a minute
    await Promise.all([processDueReminders(db.db, clock.now()), processDueReminders(db.db, clock.now())]);
    await settled();
    await processDueReminders(db.db, clock.now());
    let sent = await remindersOf(d!.customerId);
    expect(sent.map((n) => n.kind)).toEqual(['booking_reminder_24h']);
    expect(sent[0]!.link).toBe(`/booking/${bookingId}?from=reminder`);
    expect(sent[0]!.title.zh).toBe('明天的预约提醒');

    // Restart: a new process on the same database picks up where the old one stopped.
    await server.close();
    server = await start();
    clock.set('2026-11-26T00:00:30Z'); // 2 h before
    await Promise.all([processDueReminders(db.db, clock.now()), processDueReminders(db.db, clock.now())]);
    await settled();
    sent = await remindersOf(d!.customerId);
    expect(sent.map((n) => n.kind).sort()).toEqual(['booking_reminder_24h', 'booking_reminder_2h']);

    clock.set('2026-11-26T05:00:00Z');
    await processDueReminders(db.db, clock.now());
    await settled();
    expect(await remindersOf(d!.customerId)).toHaveLength(2);
    const rows = await db.db.select().from(bookingReminders).where(eq(bookingReminders.bookingId, bookingId));
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('cancelling the booking cancels its reminders', async () => {
    clock.set('2026-11-23T01:00:00Z');
    const [d] = await makeDevices(db.db, base(), 1, clock.now());
    const bookingId = await book(d!, '2026-11-27', 14 * 60);
    const cancel = await d!.push('booking.cancel', { id: bookingId });
    expect(cancel.body.results?.[0]?.status).toBe('applied');
    const rows = await db.db.select().from(bookingReminders).where(eq(bookingReminders.bookingId, bookingId));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.status === 'cancelled')).toBe(true);
    clock.set('2026-11-27T05:59:00Z');
    await processDueReminders(db.db, clock.now());
    await settled();
    expect(await remindersOf(d!.customerId)).toHaveLength(0);
    const cancelled = await db.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.customerId, d!.customerId), eq(notifications.kind, 'booking_cancelled')));
    expect(cancelled).toHaveLength(1);
  });

  it('moving the booking moves its reminders; a 24 h reminder found within 2 h is skipped', async () => {
    clock.set('2026-11-23T01:00:00Z');
    const [d] = await makeDevices(db.db, base(), 1, clock.now());
    const bookingId = await book(d!, '2026-11-27', 9 * 60);
    const moved = await d!.push('booking.reschedule', {
      id: bookingId,
      startsAt: zonedTimeToUtc('2026-11-27', 15 * 60, TZ).toISOString(),
    });
    expect(moved.body.results?.[0]).toMatchObject({ status: 'applied' });
    const pending = (
      await db.db.select().from(bookingReminders).where(eq(bookingReminders.bookingId, bookingId))
    ).filter((r) => r.status === 'pending');
    expect(pending.map((r) => r.dueAt.toISOString()).sort()).toEqual([
      '2026-11-26T07:00:00.000Z',
      '2026-11-27T05:00:00.000Z',
    ]);

    clock.set('2026-11-27T05:30:00Z'); // the server was down for a day: both are due, only 2 h makes sense
    await processDueReminders(db.db, clock.now());
    await settled();
    expect((await remindersOf(d!.customerId)).map((n) => n.kind)).toEqual(['booking_reminder_2h']);
  });

  it('the background loop fires due reminders by the deps clock', async () => {
    clock.set('2026-11-23T01:00:00Z');
    const [d] = await makeDevices(db.db, base(), 1, clock.now());
    await book(d!, '2026-11-30', 10 * 60);
    const jobs = startBookingJobs(server.deps, 20);
    try {
      clock.set('2026-11-29T02:00:00Z');
      for (let i = 0; i < 200 && (await remindersOf(d!.customerId)).length === 0; i++)
        await new Promise((r) => setTimeout(r, 25));
      expect((await remindersOf(d!.customerId)).map((n) => n.kind)).toEqual(['booking_reminder_24h']);
    } finally {
      await jobs.stop();
    }
  });
});
