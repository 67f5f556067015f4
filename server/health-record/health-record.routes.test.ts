import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FindingView,
  MediaView,
  SharedHistory,
  VehicleRecord,
  VisitView,
} from '@shared/health-record/health-record.schema.ts';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import {
  type Client,
  DEMO_SECOND_CUSTOMER_PHONE,
  startTestServer,
  type TestServer,
} from '../../tests/helpers/test-server.ts';

let s: TestServer;
let zhang: Client;
let wang: Client;
let advisor: Client;
let tech: Client;
let model3: Vehicle;
let modelY: Vehicle;

const gpsJpeg = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: '#a63' } })
    .jpeg()
    .withExif({
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '31/1 11/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '121/1 26/1 10/1',
      },
    })
    .toBuffer();

async function upload(c: Client, fields: Record<string, string>, bytes: Buffer, type = 'image/jpeg') {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([new Uint8Array(bytes)], { type }), 'photo.jpg');
  const res = await c.fetch('/api/staff/media', { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as MediaView & { error?: string; message?: string } };
}

const newToken = () => randomBytes(32).toString('base64url');
let seq = 0;
const clientId = randomUUID();
async function mutate(c: Client, name: string, args: unknown) {
  seq += 1;
  const r = await c.post<{ results: { status: string; reason?: string }[] }>('/api/sync/push', {
    clientId,
    mutations: [{ seq, name, args, at: new Date().toISOString() }],
  });
  expect(r.status).toBe(200);
  return r.body.results[0]!;
}

beforeAll(async () => {
  s = await startTestServer();
  zhang = await s.signInCustomer();
  wang = await s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE);
  advisor = await s.signInStaff('advisor');
  tech = await s.signInStaff('technician');
  model3 = (await zhang.get<Vehicle[]>('/api/vehicles')).body[0]!;
  modelY = (await wang.get<Vehicle[]>('/api/vehicles')).body[0]!;
});
afterAll(() => s?.stop());

describe('staff records a visit, findings, readings and photos', () => {
  let visit: VisitView;
  let finding: FindingView;
  let photo: MediaView;

  it('records a visit with itemized lines and payment; the customer sees totals and warranty end', async () => {
    const r = await advisor.post<VisitView>('/api/staff/health-record/visits', {
      vehicleId: model3.id,
      title: '常规保养',
      serviceCode: 'maintenance',
      mileageKm: 21_000,
      checkedInAt: '2026-03-10T02:00:00Z',
      deliveredAt: '2026-03-10T05:00:00Z',
      items: [
        { title: '基础保养', partsFen: 52_000, labourFen: 28_000 },
        { title: '更换空调滤芯', partName: '空调滤芯', partsFen: 15_000, labourFen: 5_000 },
      ],
      payment: { paidFen: 100_000, method: 'wechat' },
    });
    expect(r.status).toBe(201);
    visit = r.body;
    expect(visit).toMatchObject({
      totalFen: 100_000,
      partsFen: 67_000,
      labourFen: 33_000,
      advisorName: '李顾问',
      warrantyUntil: '2027-03-09',
    });
    expect(visit.items.map((i) => i.title)).toEqual(['基础保养', '更换空调滤芯']);
    const mine = await zhang.get<VisitView>(`/api/health-record/visits/${visit.id}`);
    expect(mine.body.totalFen).toBe(100_000);
    // The vehicle's mileage follows the visit.
    expect((await zhang.get<Vehicle>(`/api/vehicles/${model3.id}`)).body.mileageKm).toBe(21_000);
  });

  it('a technician cannot record visits; a customer cannot use staff routes', async () => {
    const body = { vehicleId: model3.id, title: 'x', mileageKm: 1 };
    expect((await tech.post('/api/staff/health-record/visits', body)).status).toBe(403);
    expect((await zhang.post('/api/staff/health-record/visits', body)).status).toBe(403);
    expect((await s.anon.post('/api/staff/health-record/visits', body)).status).toBe(401);
  });

  it('records a graded finding, refusing a grade milder than the measurement allows', async () => {
    const bad = await tech.post<{ error: string; message: string }>('/api/staff/health-record/findings', {
      visitId: visit.id,
      component: '左前轮胎',
      grade: 'green',
      measureKind: 'tread_mm',
      measureValue: 1.2,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/red/);
    const r = await tech.post<FindingView>('/api/staff/health-record/findings', {
      visitId: visit.id,
      component: '前刹车片',
      grade: 'yellow',
      measureKind: 'brake_pad_mm',
      measureValue: 4,
      note: '刹车片剩余 25%',
      recommendation: '3 个月内更换',
    });
    expect(r.status).toBe(201);
    finding = r.body;
    expect(finding).toMatchObject({ grade: 'yellow', status: 'open', technicianName: '王师傅', photos: [] });
  });

  it('records readings at the visit with its mileage and date', async () => {
    const r = await tech.post<{ mileageKm: number; measuredAt: string; kind: string }[]>(
      '/api/staff/health-record/readings',
      {
        visitId: visit.id,
        readings: [
          { component: 'brake_pad_front', value: 4 },
          { component: 'tread_fl', value: 3.1 },
        ],
      },
    );
    expect(r.status).toBe(201);
    expect(r.body[0]).toMatchObject({
      kind: 'brake_pad_mm',
      mileageKm: 21_000,
      measuredAt: '2026-03-10T02:00:00.000Z',
    });
  });

  it('uploads a photo with GPS EXIF: stored re-encoded with no EXIF, shown on the finding', async () => {
    const jpeg = await gpsJpeg();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const r = await upload(
      tech,
      { ownerKind: 'finding', ownerId: finding.id, role: 'evidence', caption: '前刹车片' },
      jpeg,
    );
    expect(r.status).toBe(201);
    photo = r.body;
    const res = await zhang.fetch(photo.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toContain('private');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    const f = await zhang.get<FindingView>(`/api/health-record/findings/${finding.id}`);
    expect(f.body.photos.map((p) => p.id)).toEqual([photo.id]);
    // …and the customer's mirror got the new finding view (with the photo) through the change log.
    const pull = await zhang.get<{ changes: { entity: string; id: string; data: FindingView }[] }>(
      '/api/sync/pull?since=0',
    );
    const last = pull.body.changes.filter((ch) => ch.entity === 'finding' && ch.id === finding.id).at(-1);
    expect(last?.data.photos[0]?.thumbUrl).toBe(photo.thumbUrl);
  });

  it('refuses HEIC uploads and unknown owners', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    const r = await upload(tech, { ownerKind: 'finding', ownerId: finding.id }, heic, 'image/heic');
    expect(r.status).toBe(415);
    expect(r.body.message).toMatch(/HEIC/);
    expect((await upload(tech, { ownerKind: 'finding', ownerId: randomUUID() }, await gpsJpeg())).status).toBe(404);
    expect((await upload(tech, { ownerKind: 'nothing', ownerId: finding.id }, await gpsJpeg())).status).toBe(400);
    expect((await upload(zhang, { ownerKind: 'finding', ownerId: finding.id }, await gpsJpeg())).status).toBe(403);
  });

  it('another customer gets 404 for the vehicle, visit, finding and photo', async () => {
    expect((await wang.get(`/api/health-record/vehicles/${model3.id}`)).status).toBe(404);
    expect((await wang.get(`/api/health-record/visits/${visit.id}`)).status).toBe(404);
    expect((await wang.get(`/api/health-record/findings/${finding.id}`)).status).toBe(404);
    expect((await wang.fetch(photo.url)).status).toBe(404);
    expect((await wang.fetch(photo.thumbUrl)).status).toBe(404);
    expect((await s.anon.fetch(photo.thumbUrl)).status).toBe(404);
    expect((await zhang.get(`/api/health-record/vehicles/${modelY.id}`)).status).toBe(404);
    // The owner and the center's staff do get them.
    expect(
      (await zhang.get<VehicleRecord>(`/api/health-record/vehicles/${model3.id}`)).body.visits.map((v) => v.id),
    ).toContain(visit.id);
    expect((await advisor.fetch(photo.thumbUrl)).status).toBe(200);
  });

  it('marks a finding fixed by a later visit', async () => {
    const later = await advisor.post<VisitView>('/api/staff/health-record/visits', {
      vehicleId: model3.id,
      title: '更换前刹车片',
      mileageKm: 23_000,
      items: [{ title: '更换前刹车片', partName: '前刹车片', partsFen: 80_000, labourFen: 20_000 }],
    });
    const r = await tech.post<FindingView>(`/api/staff/health-record/findings/${finding.id}`, {
      fixedInVisitId: later.body.id,
    });
    expect(r.body).toMatchObject({ status: 'fixed', fixedInVisitId: later.body.id });
    const other = await advisor.post<VisitView>('/api/staff/health-record/visits', {
      vehicleId: modelY.id,
      title: '首保',
      mileageKm: 8_100,
    });
    expect(
      (await tech.post(`/api/staff/health-record/findings/${finding.id}`, { fixedInVisitId: other.body.id })).status,
    ).toBe(404);
  });

  describe('share links', () => {
    const token = newToken();
    const linkId = randomUUID();

    it('the owner creates a link through the outbox; it opens without sign-in and shows no name or phone', async () => {
      expect(
        await mutate(zhang, 'shareLink.create', { id: linkId, vehicleId: model3.id, token, label: '买家' }),
      ).toMatchObject({ status: 'applied' });
      const page = await s.anon.fetch(`/share/${token}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('常规保养');
      expect(html).toContain('基础保养');
      for (const secret of ['张先生', '13800138000', '沪AD12345', model3.vin]) expect(html).not.toContain(secret);
      const api = await s.anon.get<SharedHistory>(`/api/share/${token}`);
      expect(api.status).toBe(200);
      expect(JSON.stringify(api.body)).not.toMatch(/张先生|13800138000|沪AD12345/);
      const sharedPhoto = api.body.findings.flatMap((f) => f.photos)[0]!;
      expect((await s.anon.fetch(sharedPhoto.thumbUrl)).status).toBe(200);
    });

    it('a link cannot be made for someone else’s car, nor revoked by someone else', async () => {
      expect(
        await mutate(zhang, 'shareLink.create', { id: randomUUID(), vehicleId: modelY.id, token: newToken() }),
      ).toMatchObject({
        status: 'refused',
        reason: 'not_found',
      });
      const wangClient = randomUUID();
      const r = await wang.post<{ results: { status: string; reason: string }[] }>('/api/sync/push', {
        clientId: wangClient,
        mutations: [{ seq: 1, name: 'shareLink.revoke', args: { id: linkId }, at: new Date().toISOString() }],
      });
      expect(r.body.results[0]).toMatchObject({ status: 'refused', reason: 'not_found' });
    });

    it('a guessed or altered token is 404; the share token opens only that vehicle’s photos', async () => {
      const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      expect((await s.anon.fetch(`/share/${altered}`)).status).toBe(404);
      expect((await s.anon.get(`/api/share/${altered}`)).status).toBe(404);
      expect((await s.anon.get(`/api/share/${newToken()}`)).status).toBe(404);
      expect((await s.anon.get('/api/share/short')).status).toBe(404);
      expect((await s.anon.fetch(`${photo.thumbUrl}?share=${altered}`)).status).toBe(404);
    });

    it('lists the link for the owner and revokes it: the link then answers 410', async () => {
      const list = await zhang.get<{ id: string; revokedAt: string | null }[]>(
        `/api/health-record/vehicles/${model3.id}/share-links`,
      );
      expect(list.body).toEqual([expect.objectContaining({ id: linkId, revokedAt: null, label: '买家' })]);
      expect(JSON.stringify(list.body)).not.toContain(token);
      expect(await mutate(zhang, 'shareLink.revoke', { id: linkId })).toMatchObject({ status: 'applied' });
      const page = await s.anon.fetch(`/share/${token}`);
      expect(page.status).toBe(410);
      expect(await page.text()).toContain('不再分享');
      expect((await s.anon.get(`/api/share/${token}`)).status).toBe(410);
      expect((await s.anon.fetch(`${photo.thumbUrl}?share=${token}`)).status).toBe(404);
    });
  });
});
