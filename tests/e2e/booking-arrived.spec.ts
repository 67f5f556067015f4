/**
 * Issue 19 item 17 in the browser: a booking stayed 已确认 after its car was checked in for the same
 * work. Now the advisor's check-in closes the day's booking as arrived, and the owner's open booking
 * screen says so live (no reload), in the list as well; a booking of another day stays confirmed.
 * Server and browser share one fixed morning (09:00 in Shanghai, tomorrow).
 */
import { randomUUID } from 'node:crypto';
import type { Center } from '@shared/center/center.schema.ts';
import { zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { device } from '../../server/quotes/quote.test-kit.ts';
import { DEMO_SECOND_CUSTOMER_PHONE } from '../helpers/test-server.ts';
import { codeSignIn, phone, shot } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('checking the booked car in turns its open booking screen to 已到店, live; another day stays 已确认', async ({
  page,
  server,
}) => {
  const day = zonedDate(new Date(Date.now() + 86_400_000), 'Asia/Shanghai');
  const later = zonedDate(new Date(Date.now() + 8 * 86_400_000), 'Asia/Shanghai');
  server.clock.set(zonedTimeToUtc(day, 9 * 60, 'Asia/Shanghai'));

  // 王先生 (the demo's second customer, whose car is not in the workshop) books 11:30 that day and
  // another visit a week later, from his device.
  const wang = await server.signInCustomer(DEMO_SECOND_CUSTOMER_PHONE);
  const center = (await wang.get<Center>('/api/center')).body;
  const vehicleId = (await wang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
  const base = {
    vehicleId,
    serviceTypeId: center.serviceTypes.find((t) => t.code === 'maintenance')!.id,
    issues: '',
  };
  const todayId = randomUUID();
  const laterId = randomUUID();
  const phoneOf = device(wang);
  for (const [id, on] of [
    [todayId, day],
    [laterId, later],
  ] as const) {
    const r = await phoneOf.push('booking.create', {
      ...base,
      id,
      startsAt: zonedTimeToUtc(on, 11 * 60 + 30, 'Asia/Shanghai').toISOString(),
    });
    expect(r.status).toBe('applied');
  }

  // The same customer in the browser, signed in with the texted code as anyone would.
  await codeSignIn(page, server.sms, DEMO_SECOND_CUSTOMER_PHONE);
  await page.goto(`/booking/${todayId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('预约已确认');

  const advisor = await server.signInStaff('advisor');
  const checkIn = await advisor.post('/api/staff/timeline/check-in', {
    vehicleId,
    title: '常规保养',
    mileageKm: 31_000,
    estimateMinutes: null,
  });
  expect(checkIn.status).toBe(201);

  // Live: the open screen follows the mirror.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('已到店');
  await expect(page.getByTestId('booking-confirmation')).toContainText('您的车已登记到店');
  await shot(page, 'booking-arrived');

  await page.getByRole('link', { name: '返回预约' }).click();
  await expect(page).toHaveURL(/\/booking$/);
  const cards = page.locator('[data-testid="booking-card"]');
  await expect(cards.filter({ hasText: '已到店' })).toHaveCount(1);
  await expect(cards.filter({ hasText: '已确认' })).toHaveCount(1);
});
