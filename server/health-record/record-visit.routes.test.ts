import { describe, expect, it } from 'vitest';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { recordRoutesFixture, recordServiceVisit } from './health-record.routes.fixture.ts';

const f = recordRoutesFixture();

describe('staff records a visit and its readings', () => {
  let visit: VisitView;

  it('records a visit with itemized lines and payment; the customer sees totals and warranty end', async () => {
    const { zhang, model3 } = f;
    const r = await recordServiceVisit(f);
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
    const { s, tech, zhang, model3 } = f;
    const body = { vehicleId: model3.id, title: 'x', mileageKm: 1 };
    expect((await tech.post('/api/staff/health-record/visits', body)).status).toBe(403);
    expect((await zhang.post('/api/staff/health-record/visits', body)).status).toBe(403);
    expect((await s.anon.post('/api/staff/health-record/visits', body)).status).toBe(401);
  });

  it('records readings at the visit with its mileage and date', async () => {
    const r = await f.tech.post<{ mileageKm: number; measuredAt: string; kind: string }[]>(
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
});
