import { beforeAll, describe, expect, it } from 'vitest';
import type { FindingView } from '@shared/health-record/record-view.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { recordPadFinding, recordRoutesFixture, recordServiceVisit } from './health-record.routes.fixture.ts';

const f = recordRoutesFixture();

describe('staff records findings', () => {
  let visit: VisitView;
  let finding: FindingView;
  beforeAll(async () => {
    visit = (await recordServiceVisit(f)).body;
  });

  it('records a graded finding, refusing a grade milder than the measurement allows', async () => {
    const bad = await f.tech.post<{ error: string; message: string }>('/api/staff/health-record/findings', {
      visitId: visit.id,
      component: '左前轮胎',
      grade: 'green',
      measureKind: 'tread_mm',
      measureValue: 1.2,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/red/);
    const r = await recordPadFinding(f, visit.id);
    expect(r.status).toBe(201);
    finding = r.body;
    expect(finding).toMatchObject({ grade: 'yellow', status: 'open', technicianName: '王师傅', photos: [] });
  });

  it('marks a finding fixed by a later visit', async () => {
    const { advisor, tech, model3, modelY } = f;
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
});
