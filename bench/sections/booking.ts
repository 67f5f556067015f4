/**
 * Booking (issue 6).
 * 1. The last place of one slot, 500 bookers at once, on PostgreSQL with two API processes: two real
 *    server processes (`node --import tsx server/index.ts`) on one fresh PostgreSQL database, 500
 *    customers each on their own device pushing `booking.create` through /api/sync/push at once, split
 *    over both. Figures: winners (must be 1), refused as taken, 5xx (must be 0), p50/p99 push latency,
 *    and rows beyond capacity (must be 0). PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL,
 *    else postgres://postgres@127.0.0.1:5432/test.
 * 2. Free slots for a 10-bay center (08:00-20:00) over 30 days holding 5,000 half-hour bookings (about
 *    70 % full), for a 60-minute service (the shared computation the server runs for
 *    GET /api/booking/slots): p50/p99 of one 30-day computation, and of the recommendation over 14 days.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import postgres from 'postgres';
import type { DaySlots } from '@shared/booking/slot.schema.ts';
import { habitOf, recommendSlots } from '@shared/booking/recommend.ts';
import { bookingBlocks, dayClock, daySlots, type Occupied, pickBay, planDay } from '@shared/booking/slots.ts';
import type { OpeningHours } from '@shared/center/center.schema.ts';
import { addDays, MINUTE, zonedTimeToUtc } from '@shared/time.ts';
import { bookings } from '../../server/booking/booking.table.ts';
import { type Device, makeDevices, serviceTypeByCode } from '../../server/booking/booking.test-kit.ts';
import { openDatabase } from '../../server/db/client.ts';
import { define, log } from '../lib/section.ts';
import { freePort } from '../lib/server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TZ = 'Asia/Shanghai';
const BOOKERS = 500;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number) => Number(n.toFixed(2));

async function spawnApi(databaseUrl: string) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'pitlane-bench-booking-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PITLANE_DATA_DIR: dataDir,
      PITLANE_DIST_DIR: join(dataDir, 'no-dist'),
      PITLANE_DEMO: '1',
      PITLANE_LOG: 'silent',
      PITLANE_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`an API process exited:\n${stderr}`);
    if (performance.now() > deadline) throw new Error(`an API process did not start:\n${stderr}`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh PostgreSQL database for the run (migrated by the first API process), dropped after. */
async function freshDatabase() {
  const base =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `pitlane_bench_${Date.now().toString(36)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}

async function lastPlace() {
  const fresh = await freshDatabase();
  const apis = [await spawnApi(fresh.url)];
  apis.push(await spawnApi(fresh.url)); // the second finds the demo seeded and starts at once
  const database = await openDatabase({ url: fresh.url });
  try {
    const db = database.db;
    const type = await serviceTypeByCode(db, 'maintenance');
    const date = addDays(new Date().toLocaleDateString('sv-SE', { timeZone: TZ }), 12);
    const startsAt = zonedTimeToUtc(date, 15 * 60, TZ).toISOString();
    log(`booking: making ${BOOKERS + 6} customers with a device each`);
    const half = (BOOKERS + 6) / 2;
    const devices: Device[] = [
      ...(await makeDevices(db, apis[0]!.url, Math.ceil(half), new Date(), 8)),
      ...(await makeDevices(db, apis[1]!.url, Math.floor(half), new Date(), 8)),
    ];
    const fillers = devices.slice(0, 6);
    const racers = devices.slice(6);
    const book = (d: Device) =>
      d.push('booking.create', {
        id: randomUUID(),
        vehicleId: d.vehicleId,
        serviceTypeId: type.id,
        startsAt,
        issues: '',
      });
    // One place left: fill the slot's other bays (the demo load may hold some already).
    for (const f of fillers) {
      const r = await book(f);
      if (r.body.results?.[0]?.reason === 'slot_taken') break;
    }
    const confirmed = async () =>
      (
        await db
          .select()
          .from(bookings)
          .where(and(eq(bookings.date, date), eq(bookings.status, 'confirmed')))
      ).filter(
        (b) =>
          b.startsAt.getTime() < new Date(startsAt).getTime() + type.durationMinutes * MINUTE &&
          b.endsAt.getTime() > new Date(startsAt).getTime(),
      );
    const before = await confirmed();
    if (before.length >= 6) {
      // every bay was taken by the fillers: free one so exactly one place is left
      const [last] = before.filter((b) => b.startsAt.toISOString() === startsAt).slice(-1);
      await db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, last!.id));
    }
    log(`booking: ${BOOKERS} bookers on the last place of ${date} 15:00, over 2 API processes`);
    const latencies: number[] = [];
    const started = performance.now();
    const answers = await Promise.all(
      racers.map(async (d) => {
        const t0 = performance.now();
        const r = await book(d).catch(() => ({
          status: 0,
          body: {} as { results?: { status: string; reason?: string }[] },
        }));
        latencies.push(performance.now() - t0);
        return r;
      }),
    );
    const wallMs = performance.now() - started;
    const after = await confirmed();
    const bays = new Set(after.map((b) => b.bay));
    latencies.sort((a, b) => a - b);
    return {
      bookers: BOOKERS,
      winners: answers.filter((a) => a.body.results?.[0]?.status === 'applied').length,
      refusedTaken: answers.filter((a) => a.body.results?.[0]?.reason === 'slot_taken').length,
      errors5xx: answers.filter((a) => a.status >= 500 || a.status === 0).length,
      rowsBeyondCapacity: Math.max(0, after.length - 6) + (after.length - bays.size),
      pushP50Ms: round(percentile(latencies, 50)),
      pushP99Ms: round(percentile(latencies, 99)),
      wallMs: round(wallMs),
    };
  } finally {
    for (const api of apis) await api.stop();
    await database.close();
    await fresh.drop();
  }
}

function computation() {
  const DAILY = { open: 8 * 60, close: 20 * 60 };
  const week: OpeningHours = [DAILY, DAILY, DAILY, DAILY, DAILY, DAILY, DAILY];
  const from = '2026-12-01';
  const dates = Array.from({ length: 30 }, (_, i) => addDays(from, i));
  const plans = dates.map((d) => planDay(d, 10, week, []));
  const byDay = new Map<string, Occupied[]>(dates.map((d) => [d, []]));
  // 5,000 half-hour bookings placed by the same bay rule (a deterministic sequence).
  let x = 7;
  const rand = (n: number) => {
    // mulberry32: a small deterministic generator in 32-bit integer arithmetic
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  let placed = 0;
  for (let tries = 0; placed < 5000 && tries < 200_000; tries++) {
    const i = rand(30);
    const plan = plans[i]!;
    const duration = 30;
    const start = plan.open + 30 * rand((plan.close - plan.open - duration) / 30 + 1);
    const clock = dayClock(plan.date, TZ);
    const list = byDay.get(plan.date)!;
    const bay = pickBay(plan, bookingBlocks(clock, list), start, start + duration);
    if (bay === null) continue;
    list.push({ bay, startsAt: clock.toInstant(start), endsAt: clock.toInstant(start + duration) });
    placed++;
  }
  const run = (): DaySlots[] =>
    plans.map((plan) => ({
      date: plan.date,
      closed: plan.closed,
      note: plan.note,
      slots: daySlots({ plan, timeZone: TZ, bookings: byDay.get(plan.date)!, durationMinutes: 60 }),
    }));
  const habit = habitOf(['2026-03-14T01:30:00Z', '2026-07-11T01:30:00Z', '2026-10-10T01:30:00Z'], TZ);
  const time = (fn: () => unknown, n: number) => {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      fn();
      samples.push(performance.now() - t0);
    }
    return samples.sort((a, b) => a - b);
  };
  time(run, 20); // warm up
  const slots = time(run, 200);
  const window = run().slice(0, 14);
  const recs = time(() => recommendSlots(window, habit, TZ), 200);
  return {
    bookingsPlaced: placed,
    slots30dP50Ms: round(percentile(slots, 50)),
    slots30dP99Ms: round(percentile(slots, 99)),
    recommend14dP50Ms: round(percentile(recs, 50)),
    recommend14dP99Ms: round(percentile(recs, 99)),
  };
}

export default define({
  name: 'booking',
  run: async () => {
    const compute = computation();
    const race = await lastPlace();
    return { ...race, ...compute };
  },
});
