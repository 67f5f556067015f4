/**
 * The 2-hour reminder carries the center's live queue (seed 000 MOT 2: "中心当前等待：0 人"): the
 * figures come from the cars on the board (checked in, no step after) and the center's bays.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { centerQueue } from '@shared/booking/queue.ts';
import type { Center } from '@shared/center/center.schema.ts';
import type { Notification } from '@shared/notifications/notification.schema.ts';
import type { Board } from '@shared/timeline/timeline.schema.ts';
import { DEMO_SECOND_CUSTOMER_PHONE } from '../../tests/helpers/test-server.ts';
import { local, mirror, push, s, today, typeId, useBookingServer, zhang } from './booking-routes.fixture.ts';

useBookingServer();

describe('the live queue in the 2-hour reminder', () => {
  it('says how many cars wait and the expected wait, computed from the board and the bays', async () => {
    const advisor = await s.signInStaff('advisor');
    // 王女士's Model Y is checked in and nothing is done to it yet: one car waiting.
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

    const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const startsAt = local(today(), '11:30'); // its 2-hour reminder is due at 09:30
    const booked = await push(zhang, 'booking.create', {
      id: randomUUID(),
      vehicleId,
      serviceTypeId: typeId('maintenance'),
      startsAt,
      issues: '',
    });
    expect(booked.status).toBe('applied');

    s.clock.advance(30 * 60_000);
    const board = (await advisor.get<Board>('/api/staff/timeline/board')).body.rows.filter(
      (r) => r.status === 'in_progress',
    );
    const waitingCars = board.filter((r) => r.lastEventKind === 'checked_in');
    expect(waitingCars.map((r) => r.plate)).toEqual(['沪AF67890']);
    const bays = (await zhang.get<Center>('/api/center')).body.bays;
    const expected = centerQueue({
      now: s.clock.now().toISOString(),
      arrivesAt: startsAt,
      bays,
      cars: board.map((r) => ({
        checkedInAt: r.checkedInAt,
        working: r.lastEventKind !== 'checked_in',
        readyAt: r.promisedReadyAt,
        estimateMinutes: null,
      })),
    });
    expect(expected.waiting).toBe(1);

    // Through the server's own loop: calling processDueReminders beside it would skip the rows its
    // timer pass holds (SKIP LOCKED) and read the mirror before that pass commits.
    await s.runBookingJobs();
    const note = (await mirror(zhang))<Notification>('notification').find((n) => n.kind === 'booking_reminder_2h')!;
    expect(note.body.zh).toContain('中心当前等待：1 人');
    expect(note.body.zh).toContain(
      expected.expectedWaitMinutes > 0 ? `预计到店后等待约 ${expected.expectedWaitMinutes} 分钟` : '到店即可开始',
    );
    expect(note.body.en).toContain('Waiting at the center now: 1');
  });
});
