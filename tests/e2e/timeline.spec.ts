/**
 * The live repair timeline (issue 7) in the browser, against a private real server per test (its own
 * demo database) driven through the real staff API: each step appears on the open customer page
 * within about a second, in order, with the promise recomputed after a delay; a customer offline
 * during three steps sees all three, in order, on reconnect; the delivery checklist is confirmed tap by
 * tap and reaches staff; the staff console is not in the customer's first load. Screenshots:
 * /tmp/shots/timeline-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { formatTime } from '@shared/time.ts';
import type { Board, StaffVisit, TimelineEvent } from '@shared/timeline/timeline.schema.ts';
import type { Client } from '../helpers/test-server.ts';
import { demoSignIn, phone, shot, staffSignIn } from './helpers.ts';
import { DIST_DIR, expect, test } from './local-first-fixtures.ts';

test.use(phone);

/** "Within a second": a second, plus a little for the browser to paint under a loaded CI machine. */
const LIVE = { timeout: 1500 };
const shanghai = (iso: string) => formatTime(iso, 'Asia/Shanghai', 'zh-CN');

async function demoVisitId(staff: Client) {
  const board = (await staff.get<Board>('/api/staff/timeline/board')).body;
  return board.rows.find((r) => r.plate === '沪AD12345')!.visitId;
}
const post = (staff: Client, visitId: string, kind: string, note: string | null = null) =>
  staff.post<TimelineEvent>(`/api/staff/timeline/visits/${visitId}/events`, { kind, note });

async function attachPhoto(staff: Client, eventId: string) {
  const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#8a8f98' } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'pads.jpg');
  form.set('ownerKind', 'timeline_event');
  form.set('ownerId', eventId);
  form.set('role', 'event');
  const r = await staff.fetch('/api/staff/media', { method: 'POST', body: form });
  expect(r.status).toBe(201);
}

/** Hands the demo's in-progress visit over, so the Model 3 can be checked in afresh. */
async function freeTheModel3(staff: Client) {
  const id = await demoVisitId(staff);
  expect((await post(staff, id, 'ready_for_pickup')).status).toBe(201);
  expect((await post(staff, id, 'delivered')).status).toBe(201);
}

const kinds = (page: import('@playwright/test').Page) =>
  page.getByTestId('timeline-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));

test('staff post check-in, inspection with a photo, a delay, ready: each shows live, in order, promise recomputed', async ({
  page,
  server,
  consoleErrors,
}) => {
  const staff = await server.signInStaff('advisor');
  await freeTheModel3(staff);
  await demoSignIn(page);
  await page.goto('/visit');
  await expect(page.getByTestId('delivery-summary').or(page.getByText('顾问正在准备交车总结'))).toBeVisible();
  const vehicleId = (await staff.get<Board>('/api/staff/timeline/board')).body; // empty board: nothing in progress
  expect(vehicleId.rows).toEqual([]);

  const customers = await staff.get<{ vehicles: { id: string }[] }[]>('/api/staff/customers?q=沪AD12345');
  const checkIn = await staff.post<StaffVisit>('/api/staff/timeline/check-in', {
    vehicleId: customers.body[0]!.vehicles[0]!.id,
    title: '刹车异响检查',
    mileageKm: 20_150,
    estimateMinutes: 60,
  });
  expect(checkIn.status).toBe(201);
  const visitId = checkIn.body.progress.visitId;
  const first = page.getByTestId('timeline-event').first();
  await expect(first).toHaveAttribute('data-kind', 'checked_in', LIVE);
  const promised = page.getByTestId('promised-time');
  await expect(promised).toContainText(shanghai(checkIn.body.progress.promisedReadyAt!), LIVE);

  const inspection = await post(staff, visitId, 'inspection', '前刹车片剩余 4 mm，建议更换');
  await attachPhoto(staff, inspection.body.id);
  await expect(first).toHaveAttribute('data-kind', 'inspection', LIVE);
  await expect(first.getByRole('img')).toBeVisible(LIVE);
  await expect(first).toContainText('前刹车片剩余 4 mm');

  const delay = await staff.post<TimelineEvent>(`/api/staff/timeline/visits/${visitId}/delay`, {
    remainingMinutes: 120,
    reason: '刹车片需从仓库调货',
    compensation: ['discount_20', 'free_wash'],
  });
  expect(delay.status).toBe(201);
  await expect(first).toHaveAttribute('data-kind', 'delay', LIVE);
  await expect(first).toContainText('本次保养 8 折');
  await expect(first).toContainText('免费洗车一次');
  await expect(first).toContainText('刹车片需从仓库调货');
  const newTime = shanghai(delay.body.delay!.newReadyAt);
  expect(delay.body.delay!.newReadyAt > checkIn.body.progress.promisedReadyAt!).toBe(true);
  await expect(promised).toContainText(newTime, LIVE);
  await expect(page.getByTestId('promise-history')).toContainText(shanghai(checkIn.body.progress.promisedReadyAt!));
  await shot(page, 'timeline-delay', { fullPage: true });

  expect((await post(staff, visitId, 'ready_for_pickup')).status).toBe(201);
  await expect(first).toHaveAttribute('data-kind', 'ready_for_pickup', LIVE);
  await expect(page.getByRole('status').filter({ hasText: '已可取车' })).toBeVisible(LIVE);
  expect(await kinds(page)).toEqual(['ready_for_pickup', 'delay', 'inspection', 'checked_in']);
  expect(consoleErrors).toEqual([]);
});

test('a customer offline during three steps sees all three, in order, on reconnect', async ({
  page,
  context,
  server,
}) => {
  const staff = await server.signInStaff('technician');
  const visitId = await demoVisitId(staff);
  await demoSignIn(page);
  await page.goto('/visit');
  // The demo visit's newest step: the advisor sent the quote that is waiting for 张先生.
  await expect(page.getByTestId('timeline-event').first()).toHaveAttribute('data-kind', 'quote_sent');
  const before = await kinds(page);

  await expect(page.getByText('实时更新', { exact: true })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByTestId('status-offline')).toBeVisible();
  // Offline the list is not live, and says so instead of a green "live" badge.
  await expect(page.getByText('实时更新', { exact: true })).toHaveCount(0);
  await expect(page.getByText('离线：显示上次同步的内容')).toBeVisible();
  for (const [kind, note] of [
    ['quality_check', '质检通过'],
    ['washing', '正在清洗'],
    ['update', '清洗完成，即将交车'],
  ] as const) {
    expect((await post(staff, visitId, kind, note)).status).toBe(201);
  }
  expect(await kinds(page)).toEqual(before); // nothing arrives while offline

  await context.setOffline(false);
  await expect(page.getByTestId('timeline-event').first()).toHaveAttribute('data-kind', 'update');
  await expect(page.getByText('实时更新', { exact: true })).toBeVisible();
  expect(await kinds(page)).toEqual(['update', 'washing', 'quality_check', ...before]);
  await shot(page, 'timeline-live');
});

test('delivery: the customer confirms each check in the app; staff see each with its time', async ({
  page,
  server,
}) => {
  const staff = await server.signInStaff('advisor');
  const visitId = await demoVisitId(staff);
  const built = await staff.fetch(`/api/staff/timeline/visits/${visitId}/delivery`, {
    method: 'PUT',
    json: {
      checks: [
        { key: 'brakes', note: '刹车踏板力度正常，试车无异响' },
        { key: 'warning_lights', note: '仪表无故障灯' },
        { key: 'cleanliness', note: '内外清洁完成' },
      ],
      nextVisit: { serviceCode: 'brake_check', dueDate: '2027-03-01', note: '3 个月后复查刹车片' },
      note: '空调滤芯已更换，车内空气更清新；刹车片还能安心使用 2-3 个月。',
    },
  });
  expect(built.status).toBe(200);
  expect((await post(staff, visitId, 'ready_for_pickup')).status).toBe(201);

  await demoSignIn(page);
  await page.goto('/visit');
  const summary = page.getByTestId('delivery-summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('book-next')).toHaveAttribute('href', /\/booking\?vehicle=.+&service=brake_check$/);
  await shot(page, 'timeline-delivery', { fullPage: true });
  for (const key of ['brakes', 'warning_lights', 'cleanliness']) {
    const row = page.getByTestId(`check-${key}`);
    await row.getByRole('button').click();
    await expect(row).toContainText('已确认');
  }
  await expect(page.getByText('全部确认完毕')).toBeVisible();
  await expect
    .poll(
      async () =>
        (await staff.get<StaffVisit>(`/api/staff/timeline/visits/${visitId}`)).body.delivery!.checks.filter(
          (c) => c.confirmedAt,
        ).length,
    )
    .toBe(3);
  await shot(page, 'timeline-delivery-confirmed', { fullPage: true });
});

test('staff console: the board, then a step with a camera photo that reaches the customer’s mirror', async ({
  page,
  server,
}) => {
  await staffSignIn(page, 'technician');
  await page.getByRole('link', { name: '在店车辆' }).click();
  const row = page.getByTestId('board-row').filter({ hasText: '沪AD12345' });
  await expect(row).toContainText('张先生');
  await shot(page, 'timeline-staff-board');
  await row.getByRole('link').click();
  await expect(page.getByTestId('staff-promise')).not.toHaveText('—');

  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#556' } })
    .jpeg()
    .toBuffer();
  await page.getByLabel('步骤').selectOption('quality_check');
  await page.getByLabel('说明（客户可见）').fill('质检通过，刹车试车正常');
  await page.getByTestId('event-photos').setInputFiles({ name: 'qc.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await page.getByRole('button', { name: '发布', exact: true }).click();
  const latest = page.getByTestId('staff-events').getByRole('row').first();
  await expect(latest).toContainText('质检通过，刹车试车正常');
  await expect(latest.locator('img')).toHaveCount(1);
  await shot(page, 'timeline-staff-visit', { fullPage: true });

  const customer = await server.signInCustomer();
  const events = (
    await customer.get<{ changes: { entity: string; data: TimelineEvent }[] }>('/api/sync/pull?since=0')
  ).body.changes
    .filter((c) => c.entity === 'timeline_event')
    .map((c) => c.data);
  const qc = events.find((e) => e.kind === 'quality_check')!;
  expect(qc).toMatchObject({ note: '质检通过，刹车试车正常', staffName: '王师傅', staffRole: 'technician' });
  expect(qc.media).toHaveLength(1);
});

test('the staff console is not in the customer’s first load (build manifest)', () => {
  type Chunk = { file: string; imports?: string[]; isEntry?: boolean; src?: string };
  const manifest = JSON.parse(readFileSync(join(DIST_DIR, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const firstLoad = new Set<string>();
  const walk = (key: string) => {
    if (firstLoad.has(key)) return;
    firstLoad.add(key);
    for (const dep of manifest[key]?.imports ?? []) walk(dep);
  };
  walk(entryKey);
  const staffChunks = Object.entries(manifest).filter(
    ([k, c]) => k.startsWith('web/staff/timeline/') || c.file.startsWith('assets/staff/'),
  );
  expect(staffChunks.length).toBeGreaterThan(0);
  for (const [key, chunk] of staffChunks) {
    expect(firstLoad.has(key), `${key} is loaded at first`).toBe(false);
    expect([...firstLoad].map((k) => manifest[k]!.file)).not.toContain(chunk.file);
  }
  // And the code itself: no first-load file calls the staff timeline API.
  for (const key of firstLoad)
    expect(readFileSync(join(DIST_DIR, manifest[key]!.file), 'utf8')).not.toContain('/api/staff/timeline');
});
