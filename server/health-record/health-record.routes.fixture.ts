/**
 * The health-record route tests are split by behaviour, each file on its own fresh server so no file
 * depends on another's records; this is the setup and the requests they share. The visit, finding and
 * photo below are the ones the record tests create, so the later files start from the same state.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, expect } from 'vitest';
import type { FindingView } from '@shared/health-record/record-view.schema.ts';
import type { MediaView, VisitView } from '@shared/health-record/visit-view.schema.ts';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import {
  type Client,
  DEMO_SECOND_CUSTOMER_PHONE,
  startTestServer,
  type TestServer,
} from '../../tests/helpers/test-server.ts';

export type RecordRoutesFixture = {
  s: TestServer;
  zhang: Client;
  wang: Client;
  advisor: Client;
  tech: Client;
  model3: Vehicle;
  modelY: Vehicle;
};

/** Call at a test file's top level; the fields are filled before the first test runs. */
export function recordRoutesFixture(): RecordRoutesFixture {
  const f = {} as RecordRoutesFixture;
  beforeAll(async () => {
    f.s = await startTestServer();
    f.zhang = await f.s.signInCustomer();
    f.wang = await f.s.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE);
    f.advisor = await f.s.signInStaff('advisor');
    f.tech = await f.s.signInStaff('technician');
    f.model3 = (await f.zhang.get<Vehicle[]>('/api/vehicles')).body[0]!;
    f.modelY = (await f.wang.get<Vehicle[]>('/api/vehicles')).body[0]!;
  });
  afterAll(() => f.s?.stop());
  return f;
}

export const gpsJpeg = () =>
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

export async function upload(c: Client, fields: Record<string, string>, bytes: Buffer, type = 'image/jpeg') {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([new Uint8Array(bytes)], { type }), 'photo.jpg');
  const res = await c.fetch('/api/staff/media', { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as MediaView & { error?: string; message?: string } };
}

export const newToken = () => randomBytes(32).toString('base64url');
let seq = 0;
const clientId = randomUUID();
export async function mutate(c: Client, name: string, args: unknown) {
  seq += 1;
  const r = await c.post<{ results: { status: string; reason?: string }[] }>('/api/sync/push', {
    clientId,
    mutations: [{ seq, name, args, at: new Date().toISOString() }],
  });
  expect(r.status).toBe(200);
  return r.body.results[0]!;
}

/** 张先生's maintenance visit at 21,000 km, itemized and paid. */
export const recordServiceVisit = (f: RecordRoutesFixture) =>
  f.advisor.post<VisitView>('/api/staff/health-record/visits', {
    vehicleId: f.model3.id,
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

/** A yellow front-pad finding (4 mm) on that visit. */
export const recordPadFinding = (f: RecordRoutesFixture, visitId: string) =>
  f.tech.post<FindingView>('/api/staff/health-record/findings', {
    visitId,
    component: '前刹车片',
    grade: 'yellow',
    measureKind: 'brake_pad_mm',
    measureValue: 4,
    note: '刹车片剩余 25%',
    recommendation: '3 个月内更换',
  });

/** The technician's evidence photo of that finding, taken with GPS in its EXIF. */
export const uploadPadPhoto = async (f: RecordRoutesFixture, findingId: string, jpeg?: Buffer) =>
  upload(
    f.tech,
    { ownerKind: 'finding', ownerId: findingId, role: 'evidence', caption: '前刹车片' },
    jpeg ?? (await gpsJpeg()),
  );

/** Visit, finding and photo as the record tests leave them, for the files that start from there. */
export async function recordWithPhoto(f: RecordRoutesFixture) {
  const visit = (await recordServiceVisit(f)).body;
  const finding = (await recordPadFinding(f, visit.id)).body;
  const photo = (await uploadPadPhoto(f, finding.id)).body;
  return { visit, finding, photo };
}
