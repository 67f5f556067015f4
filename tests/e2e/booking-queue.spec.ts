/**
 * [N] item 4 on the booking screen: a booking coming up today shows the center's live queue (cars
 * waiting, the expected wait), the same figures as the 2-hour reminder; a car checked in meanwhile
 * shows on the next refresh. Server and browser share one fixed morning (09:00 in Shanghai).
 */
import { randomUUID } from 'node:crypto';
import type { Center } from '@shared/center/center.schema.ts';
import { zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { device } from '../../server/quotes/quote.test-kit.ts';
import { DEMO_SECOND_CUSTOMER_PHONE } from '../helpers/test-server.ts';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

test('a booking today shows the live queue, and a car checked in meanwhile', async ({ page, server }) => {
  // Tomorrow 09:00 in Shanghai, for the server and the page alike.
  const day = zonedDate(new Date(Date.now() + 86_400_000), 'Asia/Shanghai');
  const morning = zonedTimeToUtc(day, 9 * 60, 'Asia/Shanghai');
  server.clock.set(morning);
  await page.clock.install({ time: morning });

  const zhang = await server.signInCustomer();
  const center = (await zhang.get<Center>('/api/center')).body;
  const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
  const id = randomUUID();
  const booked = await device(zhang).push('booking.create', {
    id,
    vehicleId,
    serviceTypeId: center.serviceTypes.find((t) => t.code === 'maintenance')!.id,
    startsAt: zonedTimeToUtc(day, 11 * 60 + 30, 'Asia/Shanghai').toISOString(),
    issues: '',
  });
  expect(booked.status).toBe('applied');

  await demoSignIn(page);
  await page.goto(`/booking/${id}`);
  const queue = page.getByTestId('booking-queue');
  await expect(queue).toContainText(/中心当前等待：\d+ 人/);
  const waiting = Number((await queue.innerText()).match(/等待：(\d+) 人/)![1]);

  const advisor = await server.signInStaff('advisor');
  const wang = await advisor.get<{ vehicles: { id: string }[] }[]>(
    `/api/staff/customers?q=${DEMO_SECOND_CUSTOMER_PHONE}`,
  );
  const checkIn = await advisor.post('/api/staff/timeline/check-in', {
    vehicleId: wang.body[0]!.vehicles[0]!.id,
    title: '常规保养',
    mileageKm: 9_000,
    estimateMinutes: null,
  });
  expect(checkIn.status).toBe(201);
  await page.clock.runFor(61_000); // the card's minute refresh
  await expect(queue).toContainText(`中心当前等待：${waiting + 1} 人`);
  await shot(page, 'booking-queue');
});
