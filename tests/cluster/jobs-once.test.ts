/**
 * Scheduled jobs with 3 processes on one PostgreSQL: 40 due 2-hour reminders, released in waves, each
 * wave followed by a NOTIFY that wakes the job loop of all three processes at the same moment (the
 * harshest overlap). Every reminder fires exactly once: one notification each, and one text message
 * each across the three processes' outboxes (the delivery job, the second scheduled job, also ran
 * once per notice).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_CHANNEL } from '../../server/notifications/notify.ts';
import { sleep } from '../faults/http.ts';
import { type Processes, startProcesses, TEST_DATABASE_URL } from './processes.ts';

const CUSTOMERS = 10;
const PER_CUSTOMER = 4; // under the daily text-message cap (5)
const WAVES = 4;

let cluster: Processes | null = null;
beforeAll(async () => {
  if (TEST_DATABASE_URL) cluster = await startProcesses(3);
});
afterAll(() => cluster?.stop());

describe.skipIf(!TEST_DATABASE_URL)('scheduled jobs with 3 processes (PostgreSQL)', () => {
  it('each due reminder fires exactly once, and its text message leaves once', async () => {
    const sql = postgres(cluster!.url, { max: 2, onnotice: () => {} });
    try {
      const [center] = await sql<{ id: string; tz: string }[]>`select id, time_zone as tz from center limit 1`;
      const [type] = await sql<{ id: string }[]>`select id from service_type where center_id = ${center!.id} limit 1`;
      const [car] = await sql<{ id: string }[]>`select id from vehicle limit 1`;
      const bookingIds: string[] = [];
      const reminderIds: string[] = [];
      for (let c = 0; c < CUSTOMERS; c++) {
        // No quiet hours (an empty window), so the texts leave whatever the hour in the center.
        const [cust] = await sql<{ id: string }[]>`
          insert into customer (center_id, phone, name, quiet_from, quiet_to)
          values (${center!.id}, ${`137700${String(c).padStart(5, '0')}`}, '李先生', '00:00', '00:00') returning id`;
        for (let k = 0; k < PER_CUSTOMER; k++) {
          const n = c * PER_CUSTOMER + k;
          const [b] = await sql<{ id: string }[]>`
            insert into booking (id, center_id, customer_id, vehicle_id, service_type_id, date, bay, starts_at, ends_at, status, source)
            values (gen_random_uuid(), ${center!.id}, ${cust!.id}, ${car!.id}, ${type!.id},
              to_char((now() + interval '90 minutes') at time zone ${center!.tz}, 'YYYY-MM-DD'), ${1 + (n % 4)},
              now() + interval '90 minutes' + ${n} * interval '1 minute',
              now() + interval '150 minutes' + ${n} * interval '1 minute', 'confirmed', 'demo')
            returning id`;
          bookingIds.push(b!.id);
        }
      }
      // Released in waves: pending but not yet due, then due all at once, then every process woken.
      const perWave = bookingIds.length / WAVES;
      for (let w = 0; w < WAVES; w++) {
        const wave = bookingIds.slice(w * perWave, (w + 1) * perWave);
        const rows = await sql<{ id: string }[]>`
          insert into booking_reminder (booking_id, customer_id, kind, due_at)
          select id, customer_id, '2h', now() - interval '1 minute' from booking where id = any(${wave}::uuid[])
          returning id`;
        reminderIds.push(...rows.map((r) => r.id));
        await sql`select pg_notify(${DELIVERY_CHANNEL}, 'wave')`;
        await sleep(50);
      }
      let pending = -1;
      for (let i = 0; i < 600 && pending !== 0; i++) {
        const [p] = await sql<{ n: number }[]>`
          select (select count(*) from booking_reminder where status = 'pending' and id = any(${reminderIds}::uuid[]))::int
               + (select count(*) from notification_delivery d join customer c on c.id = d.customer_id
                  where d.status = 'pending' and d.channel = 'sms' and c.phone like '137700%')::int as n`;
        pending = p!.n;
        if (pending !== 0) await sleep(100);
      }
      expect(pending, 'reminders or text messages still pending after 60 s').toBe(0);

      const statuses = await sql<{ status: string; n: number }[]>`
        select status, count(*)::int as n from booking_reminder where id = any(${reminderIds}::uuid[]) group by status`;
      expect(statuses).toEqual([{ status: 'sent', n: reminderIds.length }]);
      const notices = await sql<{ key: string; n: number }[]>`
        select dedupe_key as key, count(*)::int as n from notification
        where dedupe_key = any(${reminderIds.map((id) => `reminder:${id}`)}) group by dedupe_key`;
      expect(notices.length).toBe(reminderIds.length);
      expect(notices.every((r) => r.n === 1)).toBe(true);

      // The texts, as the phones received them: each process writes its own outbox.
      const outboxes = cluster!.servers.map((s) => {
        try {
          return readFileSync(join(s.dataDir, 'sms-outbox.log'), 'utf8');
        } catch {
          return '';
        }
      });
      const texts = outboxes.join('').split('\n');
      const perBooking = bookingIds.map((id) => texts.filter((l) => l.includes(`/booking/${id}?from=reminder`)).length);
      expect(
        perBooking.filter((n) => n !== 1),
        'bookings whose reminder text left 0 or 2+ times',
      ).toEqual([]);
    } finally {
      await sql.end();
    }
  });
});
