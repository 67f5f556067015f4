import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse } from '@shared/sync/sync.schema.ts';
import type { Delivery } from '@shared/timeline/delivery.schema.ts';
import type { Board, StaffVisit } from '@shared/timeline/timeline.schema.ts';
import {
  type Client,
  DEMO_SECOND_CUSTOMER_PHONE,
  startTestServer,
  type TestServer,
  testClock,
} from '../../tests/helpers/test-server.ts';

let s: TestServer;
let advisor: Client;
let zhang: Client;
let visitId: string;
const device = randomUUID();
let seq = 0;

const confirm = async (c: Client, key: string, clientId = device, n = ++seq) =>
  (
    await c.post<PushResponse>('/api/sync/push', {
      clientId,
      mutations: [{ seq: n, name: 'delivery.confirmCheck', args: { visitId, key }, at: s.clock.now().toISOString() }],
    })
  ).body.results[0]!;
const mirrored = async <T>(entity: string) =>
  (await zhang.get<PullResponse>('/api/sync/pull?since=0')).body.changes
    .filter((c) => c.entity === entity && c.id === visitId)
    .map((c) => c.data as T)[0];
const staffView = async () => (await advisor.get<StaffVisit>(`/api/staff/timeline/visits/${visitId}`)).body;

beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-28T03:00:00.000Z') });
  advisor = await s.signInStaff('advisor');
  zhang = await s.signInCustomer();
  const board = (await advisor.get<Board>('/api/staff/timeline/board')).body.rows;
  visitId = board.find((b) => b.plate === '沪AD12345')!.visitId; // the demo's Model 3, in the workshop
});
afterAll(() => s.stop());

describe('delivery summary and the customer’s checklist', () => {
  it('publishes the summary staff build: checks in order, next visit, closing words', async () => {
    const r = await advisor.fetch(`/api/staff/timeline/visits/${visitId}/delivery`, {
      method: 'PUT',
      json: {
        checks: [
          { key: 'brakes', note: '刹车踏板力度正常，试车无异响' },
          { key: 'noise', note: '原异响部位已清理' },
          { key: 'cleanliness', note: '内外清洁完成' },
        ],
        nextVisit: { serviceCode: 'brake_check', dueDate: '2027-02-28', note: '3 个月后复查刹车片' },
        note: '本次保养后，刹车片还能安心使用 2-3 个月。',
      },
    });
    expect(r.status).toBe(200);
    const delivery = await mirrored<Delivery>('delivery');
    expect(delivery).toMatchObject({
      visitId,
      advisorName: '李顾问',
      nextVisit: { serviceCode: 'brake_check', dueDate: '2027-02-28' },
      checks: [
        { key: 'brakes', confirmedAt: null },
        { key: 'noise', confirmedAt: null },
        { key: 'cleanliness', confirmedAt: null },
      ],
    });
  });

  it('refuses a confirmation before the car is ready, without blocking the queue', async () => {
    expect(await confirm(zhang, 'brakes')).toMatchObject({ status: 'refused', reason: 'conflict' });
  });

  it('records each confirmation with the server’s time and shows it to staff', async () => {
    await advisor.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'ready_for_pickup' });
    const times = {
      brakes: '2026-11-28T03:10:00.000Z',
      noise: '2026-11-28T03:11:00.000Z',
      cleanliness: '2026-11-28T03:12:30.000Z',
    };
    for (const [key, at] of Object.entries(times)) {
      s.clock.set(at);
      expect(await confirm(zhang, key)).toMatchObject({ status: 'applied' });
    }
    const expected = Object.entries(times).map(([key, confirmedAt]) => expect.objectContaining({ key, confirmedAt }));
    expect((await mirrored<Delivery>('delivery'))!.checks).toEqual(expected);
    expect((await staffView()).delivery!.checks).toEqual(expected);
  });

  it('keeps the first time when a check is confirmed again (another device, a double tap)', async () => {
    s.clock.set('2026-11-28T03:20:00.000Z');
    expect(await confirm(zhang, 'brakes', randomUUID(), 1)).toMatchObject({ status: 'applied' });
    expect((await staffView()).delivery!.checks[0]!.confirmedAt).toBe('2026-11-28T03:10:00.000Z');
  });

  it('refuses a check that is not on the summary, and another customer’s visit', async () => {
    expect(await confirm(zhang, 'range')).toMatchObject({ status: 'refused', reason: 'not_found' });
    const wang = await s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE);
    expect(await confirm(wang, 'brakes', randomUUID(), 1)).toMatchObject({ status: 'refused', reason: 'not_found' });
  });

  it('keeps the summary in the health record after delivery, and freezes it', async () => {
    expect((await advisor.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'delivered' })).status).toBe(
      201,
    );
    const visit = await mirrored<{ status: string; deliveredAt: string }>('visit');
    expect(visit).toMatchObject({ status: 'delivered', deliveredAt: '2026-11-28T03:20:00.000Z' });
    expect((await mirrored<Delivery>('delivery'))!.checks.every((c) => c.confirmedAt)).toBe(true);
    const rebuild = await advisor.fetch(`/api/staff/timeline/visits/${visitId}/delivery`, {
      method: 'PUT',
      json: { checks: [{ key: 'brakes', note: 'x' }] },
    });
    expect(rebuild.status).toBe(409);
    expect((await advisor.get<Board>('/api/staff/timeline/board')).body.rows.some((b) => b.visitId === visitId)).toBe(
      false,
    );
  });
});
