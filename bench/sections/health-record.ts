/**
 * The health record of a car with ten years of history: 40 visits (3 itemized lines each), 400 graded
 * findings, 7 readings per visit and 100 photos (60 on findings, 40 before/after on visits), made
 * through the service functions for a second car of 张先生's. Figures:
 * - the customer read API (GET /api/health-record/vehicles/:id, the whole record) and the public
 *   share API (GET /api/share/:token): p50 / p99 over sequential requests, and the answer's size;
 * - the time to render the vehicle screen from IndexedDB (network off, in-app navigation from the
 *   vehicle list until all 40 visits are on screen; median of 5) and after a full reload.
 * Needs the built app (`npm run build`, or PITLANE_DIST_DIR).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import * as v from 'valibot';
import sharp from 'sharp';
import { RecordVisitSchema } from '@shared/health-record/staff-input.schema.ts';
import { recordFinding, recordReadings, recordVisit } from '../../server/health-record/health-record.service.ts';
import { publishFinding, publishVisit } from '../../server/health-record/health-record.publish.ts';
import { createShareLink } from '../../server/health-record/share-link.service.ts';
import { storeImage } from '../../server/media/media.service.ts';
import { findSignInCustomer } from '../../server/customers/customer.service.ts';
import { staff } from '../../server/staff/staff.table.ts';
import { createVehicle } from '../../server/vehicles/vehicle.service.ts';
import { eq } from 'drizzle-orm';
import type { TestServer } from '../../tests/helpers/test-server.ts';
import { DEMO_CUSTOMER_PHONE } from '../../tests/helpers/test-server.ts';
import { define, log } from '../lib/section.ts';
import { launchChromium, percentile, round1, signedInPhone, startBenchServer } from '../lib/sync-page.ts';

const VISITS = 40;
const FINDINGS_PER_VISIT = 10;
const FINDING_PHOTOS = 60;
const VISIT_PHOTOS = 40;
const API_RUNS = 200;
const RENDER_RUNS = 5;
const GRADES = ['green', 'green', 'yellow', 'green', 'red', 'green', 'yellow', 'green', 'green', 'yellow'] as const;

async function jpeg(i: number) {
  return sharp({
    create: {
      width: 960,
      height: 720,
      channels: 3,
      background: '#777',
      noise: { type: 'gaussian', mean: 90 + (i % 60), sigma: 18 },
    },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A second car for 张先生 with ten years of visits; returns its id and a live share token. */
async function seedTenYears(server: TestServer) {
  const db = server.db.db;
  const zhang = (await findSignInCustomer(db, DEMO_CUSTOMER_PHONE))!;
  const [advisor] = await db.select().from(staff).where(eq(staff.username, 'advisor'));
  const [tech] = await db.select().from(staff).where(eq(staff.username, 'tech'));
  const now = Date.now();
  const start = now - 10 * 365 * 86_400_000;
  const car = await db.transaction((tx) =>
    createVehicle(tx, {
      customerId: zhang.id,
      model: 'Tesla Model S 长续航版',
      plate: '沪AS10000',
      vin: 'LRWS10YEARS000001',
      color: '黑色',
      mileageKm: 160_000,
      purchaseDate: new Date(start).toISOString().slice(0, 10),
      warrantyUntil: null,
      warrantyKm: null,
    }),
  );
  const photos = Array.from({ length: 8 }, (_, i) => jpeg(i));
  let photoN = 0;
  for (let i = 0; i < VISITS; i++) {
    const at = new Date(start + ((i + 0.5) / VISITS) * (now - start));
    await db.transaction(async (tx) => {
      const visit = await recordVisit(
        tx,
        { centerId: zhang.centerId, staffId: advisor!.id },
        v.parse(RecordVisitSchema, {
          vehicleId: car.id,
          title: i % 2 ? '常规保养' : '轮胎换位 + 检查',
          serviceCode: i % 2 ? 'maintenance' : 'tire_rotation',
          mileageKm: Math.round(((i + 0.5) / VISITS) * 158_000),
          checkedInAt: at.toISOString(),
          deliveredAt: new Date(at.getTime() + 3 * 3600_000).toISOString(),
          items: [
            { title: '基础保养', partsFen: 52_000, labourFen: 28_000 },
            { title: '四轮定位', labourFen: 20_000 },
            { title: '更换空调滤芯', partName: '空调滤芯', partsFen: 15_000, labourFen: 5_000 },
          ],
          payment: { paidFen: 120_000, method: 'wechat' },
        }),
        new Date(now),
      );
      if (!visit.ok) throw new Error(visit.message);
      const tread = 8 - (i % 8) * 0.8;
      await recordReadings(tx, zhang.centerId, {
        visitId: visit.value.id,
        readings: [
          { component: 'tread_fl', value: tread },
          { component: 'tread_fr', value: tread + 0.1 },
          { component: 'tread_rl', value: tread + 0.3 },
          { component: 'tread_rr', value: tread + 0.2 },
          { component: 'brake_pad_front', value: 10 - (i % 10) * 0.7 },
          { component: 'brake_pad_rear', value: 10 - (i % 10) * 0.5 },
          { component: 'battery', value: 100 - i * 0.4 },
        ],
      });
      for (let k = 0; k < FINDINGS_PER_VISIT; k++) {
        const f = await recordFinding(
          tx,
          { centerId: zhang.centerId, staffId: tech!.id },
          {
            visitId: visit.value.id,
            component: `部件 ${k + 1}`,
            grade: GRADES[k]!,
            measureKind: null,
            measureValue: null,
            note: '检测记录。',
            recommendation: '',
          },
          new Date(at.getTime() + k * 60_000),
        );
        if (!f.ok) throw new Error(f.message);
        if (photoN < FINDING_PHOTOS && k < 2) {
          await storeImage(
            tx,
            { customerId: zhang.id, vehicleId: car.id, ownerKind: 'finding', ownerId: f.value.id, role: 'evidence' },
            await photos[photoN++ % 8]!,
            'image/jpeg',
          );
          await publishFinding(tx, f.value.id);
        }
      }
      await storeImage(
        tx,
        {
          customerId: zhang.id,
          vehicleId: car.id,
          ownerKind: 'visit',
          ownerId: visit.value.id,
          role: i % 2 ? 'after' : 'before',
        },
        await photos[i % 8]!,
        'image/jpeg',
      );
      await publishVisit(tx, visit.value.id);
    });
  }
  const token = randomBytes(32).toString('base64url');
  await db.transaction((tx) =>
    createShareLink(
      tx,
      server.deps.secret,
      zhang.id,
      { id: randomUUID(), vehicleId: car.id, token, label: null },
      new Date(),
    ),
  );
  return { vehicleId: car.id, token };
}

async function timeRequests(fetcher: (path: string) => Promise<Response>, path: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < API_RUNS; i++) {
    const t0 = performance.now();
    const res = await fetcher(path);
    const body = await res.arrayBuffer();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    bytes = body.byteLength;
  }
  return { p50: round1(percentile(times, 50)), p99: round1(percentile(times, 99)), kb: Math.round(bytes / 1024) };
}

const allVisits = (page: Page) =>
  page.waitForFunction((n) => document.querySelectorAll('[data-testid="visit"]').length === n, VISITS, {
    timeout: 60_000,
  });

export default define({
  name: 'health-record',
  run: async () => {
    const server = await startBenchServer({ browser: true });
    let browser: Browser | null = null;
    try {
      log(
        `making ${VISITS} visits, ${VISITS * FINDINGS_PER_VISIT} findings and ${FINDING_PHOTOS + VISIT_PHOTOS} photos…`,
      );
      const seeding = performance.now();
      const { vehicleId, token } = await seedTenYears(server);
      log(`seeded in ${Math.round(performance.now() - seeding)} ms`);

      const zhang = await server.signInCustomer();
      log(`API: ${API_RUNS} sequential requests each…`);
      const record = await timeRequests((p) => zhang.fetch(p), `/api/health-record/vehicles/${vehicleId}`);
      const shared = await timeRequests((p) => fetch(server.url + p), `/api/share/${token}`);

      browser = await launchChromium();
      const { context, page } = await signedInPhone(browser, server.url);
      await page.goto(`/vehicles/${vehicleId}`);
      await allVisits(page);
      log(`render from IndexedDB with the network off, ${RENDER_RUNS} runs…`);
      await context.setOffline(true);
      const renders: number[] = [];
      for (let i = 0; i < RENDER_RUNS; i++) {
        await page.getByRole('link', { name: '车辆', exact: true }).click();
        await page.waitForURL(/\/vehicles$/);
        const card = page.getByTestId('vehicle-card').filter({ hasText: '沪AS10000' });
        await card.waitFor();
        const started = await page.evaluate(() => performance.now());
        await card.click();
        await allVisits(page);
        renders.push((await page.evaluate(() => performance.now())) - started);
      }
      const reloads: number[] = [];
      for (let i = 0; i < RENDER_RUNS; i++) {
        await page.reload();
        await allVisits(page);
        reloads.push(await page.evaluate(() => performance.now()));
      }
      await context.close();
      return {
        visits: VISITS,
        findings: VISITS * FINDINGS_PER_VISIT,
        photos: FINDING_PHOTOS + VISIT_PHOTOS,
        recordApiP50Ms: record.p50,
        recordApiP99Ms: record.p99,
        recordApiKB: record.kb,
        shareApiP50Ms: shared.p50,
        shareApiP99Ms: shared.p99,
        screenFromIdbMs: Math.round(percentile(renders, 50)),
        screenAfterReloadMs: Math.round(percentile(reloads, 50)),
      };
    } finally {
      await browser?.close();
      await server.stop();
    }
  },
});
