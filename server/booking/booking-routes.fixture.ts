/**
 * One server per booking route test file, started at a fixed Monday 09:00 in Shanghai over the demo
 * data, so the dates in the assertions never move and no file depends on another file's bookings.
 * The world is exported as live bindings, filled in by useBookingServer()'s beforeAll.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { SlotsResponse } from '@shared/booking/slot.schema.ts';
import type { Center } from '@shared/center/center.schema.ts';
import { zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { type Client, startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';

export const TZ = 'Asia/Shanghai';
export let s: TestServer;
export let zhang: Client;
export let center: Center;
export const typeId = (code: string) => center.serviceTypes.find((t) => t.code === code)!.id;
export const today = () => zonedDate(s.clock.now(), TZ);
export const local = (date: string, hhmm: string) =>
  zonedTimeToUtc(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), TZ).toISOString();

let seq = 0;
const clientId = randomUUID();
type Result = { seq: number; status: string; reason?: string; result?: unknown };
export async function push(c: Client, name: string, args: unknown, id = clientId): Promise<Result> {
  seq += 1;
  const r = await c.post<{ results: Result[] }>('/api/sync/push', {
    clientId: id,
    mutations: [{ seq, name, args, at: new Date().toISOString() }],
  });
  expect(r.status).toBe(200);
  return r.body.results.at(-1)!;
}
export async function mirror(c: Client) {
  const r = await c.get<{ changes: { entity: string; id: string; data: Record<string, unknown> | null }[] }>(
    '/api/sync/pull?since=0',
  );
  const rows = new Map<string, Record<string, unknown> | null>();
  for (const ch of r.body.changes) rows.set(`${ch.entity}:${ch.id}`, ch.data);
  return <T>(entity: string) =>
    [...rows.entries()].filter(([k, v]) => k.startsWith(`${entity}:`) && v !== null).map(([, v]) => v as T);
}
export const slots = async (c: Client, code: string, from?: string, days = 14) =>
  (
    await c.get<SlotsResponse>(
      `/api/booking/slots?serviceTypeId=${typeId(code)}${from ? `&from=${from}` : ''}&days=${days}`,
    )
  ).body;

export function useBookingServer() {
  beforeAll(async () => {
    s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') }); // Monday 09:00 in Shanghai
    zhang = await s.signInCustomer();
    center = (await zhang.get<Center>('/api/center')).body;
  });
  afterAll(() => s?.stop());
}
