import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '@shared/sync/sync.schema.ts';
import type { Board, StaffVisit, TimelineEvent, VisitProgress } from '@shared/timeline/timeline.schema.ts';
import {
  type Client,
  DEMO_SECOND_CUSTOMER_PHONE,
  startTestServer,
  type TestServer,
  testClock,
} from '../../tests/helpers/test-server.ts';

const T0 = '2026-11-28T02:15:00.000Z'; // 10:15 in Shanghai

let s: TestServer;
let advisor: Client;
let tech: Client;
let wang: Client;
let vehicleId: string;

const pullAll = async (c: Client) => (await c.get<PullResponse>('/api/sync/pull?since=0')).body.changes;
const rowsOf = async <T>(c: Client, entity: string) =>
  (await pullAll(c)).filter((ch) => ch.entity === entity).map((ch) => ch.data as T);

beforeAll(async () => {
  s = await startTestServer({ clock: testClock(T0) });
  advisor = await s.signInStaff('advisor');
  tech = await s.signInStaff('technician');
  wang = await s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE);
  vehicleId = (await rowsOf<{ id: string }>(wang, 'vehicle'))[0]!.id;
});
afterAll(() => s.stop());

describe('live timeline, staff API → customer mirror', () => {
  let visitId: string;

  it('checks a car in with the technician’s estimate: the promise is ×1.3, rounded up', async () => {
    const r = await advisor.post<StaffVisit>('/api/staff/timeline/check-in', {
      vehicleId,
      title: '首次保养',
      mileageKm: 8_100,
      estimateMinutes: 60,
    });
    expect(r.status).toBe(201);
    visitId = r.body.progress.visitId;
    // 10:15 + 60 × 1.3 → 90 minutes → 11:45 Shanghai
    expect(r.body.progress.promisedReadyAt).toBe('2026-11-28T03:45:00.000Z');
    const [progress] = await rowsOf<VisitProgress>(wang, 'visit_progress');
    expect(progress).toMatchObject({ visitId, status: 'in_progress', promisedReadyAt: '2026-11-28T03:45:00.000Z' });
    const [event] = await rowsOf<TimelineEvent>(wang, 'timeline_event');
    expect(event).toMatchObject({ kind: 'checked_in', position: 1, staffName: '李顾问', staffRole: 'advisor' });
  });

  it('refuses a second check-in of a car already in the workshop', async () => {
    const r = await advisor.post('/api/staff/timeline/check-in', { vehicleId, title: 'again', mileageKm: 8_100 });
    expect(r.status).toBe(409);
  });

  it('keeps the events in the order posted, with who posted them', async () => {
    expect((await tech.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'on_lift' })).status).toBe(201);
    expect(
      (await tech.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'inspection', note: '全面检测中' }))
        .status,
    ).toBe(201);
    const events = (await rowsOf<TimelineEvent>(wang, 'timeline_event')).sort((a, b) => a.position - b.position);
    expect(events.map((e) => e.kind)).toEqual(['checked_in', 'on_lift', 'inspection']);
    expect(events[2]).toMatchObject({ staffName: '王师傅', staffRole: 'technician', note: '全面检测中' });
  });

  it('attaches a phone photo to an event: the customer’s row gets its thumbnail, only they can open it', async () => {
    const events = (await rowsOf<TimelineEvent>(wang, 'timeline_event')).sort((a, b) => a.position - b.position);
    const inspection = events.find((e) => e.kind === 'inspection')!;
    const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#a33' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'pads.jpg');
    form.set('ownerKind', 'timeline_event');
    form.set('ownerId', inspection.id);
    form.set('role', 'event');
    expect((await tech.fetch('/api/staff/media', { method: 'POST', body: form })).status).toBe(201);
    const updated = (await rowsOf<TimelineEvent>(wang, 'timeline_event')).find((e) => e.id === inspection.id)!;
    expect(updated.media).toHaveLength(1);
    const thumb = await wang.fetch(updated.media[0]!.thumbUrl);
    expect(thumb.status).toBe(200);
    expect((await thumb.arrayBuffer()).byteLength).toBeLessThan(jpeg.byteLength);
    expect((await (await s.signInCustomer()).fetch(updated.media[0]!.thumbUrl)).status).toBe(404);
  });

  it('flags the visit on the board after 30 quiet minutes, and clears it with the next event', async () => {
    const row = async () =>
      (await advisor.get<Board>('/api/staff/timeline/board')).body.rows.find((b) => b.visitId === visitId)!;
    s.clock.advance(29 * 60_000);
    expect((await row()).quiet).toBe(false);
    s.clock.advance(60_000);
    expect(await row()).toMatchObject({ quiet: true, quietMinutes: 30 });
    await tech.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'work_started' });
    expect((await row()).quiet).toBe(false);
    expect((await rowsOf<unknown>(wang, 'timeline_event')).length).toBe(4); // nothing fake reached the customer
  });

  it('posts a delay with compensation: new promise from the new estimate, history kept, customer told', async () => {
    // now 10:45; 90 more minutes × 1.3 → 120 → 12:45
    const r = await advisor.post<TimelineEvent>(`/api/staff/timeline/visits/${visitId}/delay`, {
      remainingMinutes: 90,
      reason: '等待刹车片到货',
      compensation: ['discount_20', 'free_wash'],
    });
    expect(r.status).toBe(201);
    expect(r.body.delay).toEqual({
      previousReadyAt: '2026-11-28T03:45:00.000Z',
      newReadyAt: '2026-11-28T04:45:00.000Z',
      minutesLater: 60,
      reason: '等待刹车片到货',
      compensation: ['discount_20', 'free_wash'],
    });
    const [progress] = await rowsOf<VisitProgress>(wang, 'visit_progress');
    expect(progress!.promisedReadyAt).toBe('2026-11-28T04:45:00.000Z');
    expect(progress!.promiseHistory.map((p) => [p.reason, p.readyAt])).toEqual([
      ['estimate', '2026-11-28T03:45:00.000Z'],
      ['delay', '2026-11-28T04:45:00.000Z'],
    ]);
    const notes = await rowsOf<{ kind: string }>(wang, 'notification');
    expect(notes.some((n) => n.kind === 'timeline_event')).toBe(true);
  });

  it('refuses a "delay" that is not later, and a later time passed off as a new estimate', async () => {
    const earlier = await advisor.post(`/api/staff/timeline/visits/${visitId}/delay`, {
      remainingMinutes: 10,
      reason: 'x',
    });
    expect(earlier.status).toBe(409);
    const sneaky = await tech.post(`/api/staff/timeline/visits/${visitId}/estimate`, { estimateMinutes: 600 });
    expect(sneaky.status).toBe(409);
  });

  it('lets only the front desk post delays', async () => {
    const r = await tech.post(`/api/staff/timeline/visits/${visitId}/delay`, { remainingMinutes: 90, reason: 'x' });
    expect(r.status).toBe(403);
  });

  it('posts an early finish with how much earlier and the free wash', async () => {
    s.clock.advance(60 * 60_000); // 11:45, promise 12:45
    const r = await advisor.post<TimelineEvent>(`/api/staff/timeline/visits/${visitId}/early-finish`, {});
    expect(r.status).toBe(201);
    expect(r.body.earlyFinish).toMatchObject({ minutesEarly: 60, gift: ['free_wash'] });
    const [progress] = await rowsOf<VisitProgress>(wang, 'visit_progress');
    expect(progress!.promiseHistory.at(-1)).toMatchObject({
      reason: 'early_finish',
      readyAt: '2026-11-28T03:45:00.000Z',
    });
  });

  it('marks the car ready: status, the health record’s visit row and a "car ready" notification', async () => {
    const r = await advisor.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'ready_for_pickup' });
    expect(r.status).toBe(201);
    const [progress] = await rowsOf<VisitProgress>(wang, 'visit_progress');
    expect(progress).toMatchObject({ status: 'ready', readyAt: '2026-11-28T03:45:00.000Z' });
    const [visit] = await rowsOf<{ status: string }>(wang, 'visit');
    expect(visit!.status).toBe('ready');
    const notes = await rowsOf<{ kind: string; link: string }>(wang, 'notification');
    expect(notes.filter((n) => n.kind === 'car_ready')).toEqual([expect.objectContaining({ link: '/visit' })]);
    expect(
      (await advisor.post(`/api/staff/timeline/visits/${visitId}/events`, { kind: 'ready_for_pickup' })).status,
    ).toBe(409);
  });

  it('hides the visit from another customer and another center’s checks', async () => {
    const zhang = await s.signInCustomer();
    expect((await rowsOf<{ visitId: string }>(zhang, 'timeline_event')).some((e) => e.visitId === visitId)).toBe(false);
    expect((await advisor.get('/api/staff/timeline/visits/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
