/**
 * Remarks carried forward, through the real routes: what the customer typed at booking becomes an
 * open remark on the car (mirrored to the device), staff see it and answer it on the visit, the
 * answer is kept per visit, and an answer "still open" keeps it open for next time.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Remark } from '@shared/remarks/remark.schema.ts';
import type { Board } from '@shared/timeline/timeline.schema.ts';
import { local, mirror, push, s, typeId, useBookingServer, zhang } from '../booking/booking-routes.fixture.ts';

useBookingServer();

describe('remarks carried forward', () => {
  it('turns the booking’s issues into an open remark that staff see and the advisor answers on the visit', async () => {
    const vehicleId = (await zhang.get<{ id: string }[]>('/api/vehicles')).body[0]!.id;
    const id = randomUUID();
    const booked = await push(zhang, 'booking.create', {
      id,
      vehicleId,
      serviceTypeId: typeId('maintenance'),
      startsAt: local('2026-11-25', '10:00'),
      issues: '中控屏偶尔死机',
    });
    expect(booked.status).toBe('applied');
    const onDevice = (await mirror(zhang))<Remark>('remark');
    expect(onDevice).toEqual([
      expect.objectContaining({ vehicleId, source: 'booking', text: '中控屏偶尔死机', status: 'open' }),
    ]);

    const advisor = await s.signInStaff('advisor');
    const list = (await advisor.get<Remark[]>(`/api/staff/remarks?vehicleId=${vehicleId}`)).body;
    expect(list.map((r) => [r.text, r.status])).toEqual([['中控屏偶尔死机', 'open']]);

    // Sending the same booking again (another device) makes no second remark.
    await push(zhang, 'booking.create', {
      id,
      vehicleId,
      serviceTypeId: typeId('maintenance'),
      startsAt: local('2026-11-25', '10:00'),
      issues: '中控屏偶尔死机',
    });
    expect((await advisor.get<Remark[]>(`/api/staff/remarks?vehicleId=${vehicleId}`)).body).toHaveLength(1);

    const counter = await advisor.post<Remark>('/api/staff/remarks', { vehicleId, text: '  后备箱关不严 ' });
    expect(counter.status).toBe(201);
    expect(counter.body).toMatchObject({ source: 'check_in', text: '后备箱关不严', status: 'open' });

    const board = (await advisor.get<Board>('/api/staff/timeline/board')).body.rows;
    const visitId = board.find((b) => b.vehicleId === vehicleId)!.visitId;
    const first = list[0]!;
    const a1 = await advisor.post<Remark>(`/api/staff/remarks/${first.id}/answer`, {
      visitId,
      status: 'still_open',
      note: '今天未复现，已升级软件，下次再看',
    });
    expect(a1.status).toBe(200);
    const a2 = await advisor.post<Remark>(`/api/staff/remarks/${counter.body.id}/answer`, { visitId, status: 'fixed' });
    expect(a2.body.status).toBe('fixed');

    const mirrored = (await mirror(zhang))<Remark>('remark');
    const frozen = mirrored.find((r) => r.id === first.id)!;
    expect(frozen.status).toBe('still_open');
    expect(frozen.answers).toEqual([
      expect.objectContaining({
        visitId,
        status: 'still_open',
        note: '今天未复现，已升级软件，下次再看',
        by: '李顾问',
      }),
    ]);
    expect(mirrored.find((r) => r.id === counter.body.id)!.answers[0]).toMatchObject({ visitId, status: 'fixed' });
  });

  it('refuses bad input with a 400, and another center’s vehicle or a visit of another car with a 404', async () => {
    const advisor = await s.signInStaff('advisor');
    const vehicles = (await zhang.get<{ id: string }[]>('/api/vehicles')).body;
    const empty = await advisor.post('/api/staff/remarks', { vehicleId: vehicles[0]!.id, text: '   ' });
    expect(empty.status).toBe(400);
    expect((await advisor.get(`/api/staff/remarks?vehicleId=${randomUUID()}`)).status).toBe(404);
    const remark = (await advisor.post<Remark>('/api/staff/remarks', { vehicleId: vehicles[0]!.id, text: '雨刮异响' }))
      .body;
    const wrongVisit = await advisor.post(`/api/staff/remarks/${remark.id}/answer`, {
      visitId: randomUUID(),
      status: 'checked',
    });
    expect(wrongVisit.status).toBe(404);
    const badStatus = await advisor.post(`/api/staff/remarks/${remark.id}/answer`, {
      visitId: randomUUID(),
      status: 'done',
    });
    expect(badStatus.status).toBe(400);
  });
});
