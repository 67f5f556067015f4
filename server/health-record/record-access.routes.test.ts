import { beforeAll, describe, expect, it } from 'vitest';
import type { FindingView, VehicleRecord } from '@shared/health-record/record-view.schema.ts';
import type { MediaView, VisitView } from '@shared/health-record/visit-view.schema.ts';
import { recordRoutesFixture, recordWithPhoto } from './health-record.routes.fixture.ts';

const f = recordRoutesFixture();

describe('who can read a vehicle’s record', () => {
  let visit: VisitView;
  let finding: FindingView;
  let photo: MediaView;
  beforeAll(async () => {
    ({ visit, finding, photo } = await recordWithPhoto(f));
  });

  it('another customer gets 404 for the vehicle, visit, finding and photo', async () => {
    const { s, zhang, wang, advisor, model3, modelY } = f;
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
});
