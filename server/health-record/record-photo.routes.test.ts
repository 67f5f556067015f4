import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FindingView } from '@shared/health-record/record-view.schema.ts';
import {
  gpsJpeg,
  recordPadFinding,
  recordRoutesFixture,
  recordServiceVisit,
  upload,
  uploadPadPhoto,
} from './health-record.routes.fixture.ts';

const f = recordRoutesFixture();

describe('staff photos on a finding', () => {
  let finding: FindingView;
  beforeAll(async () => {
    const visit = (await recordServiceVisit(f)).body;
    finding = (await recordPadFinding(f, visit.id)).body;
  });

  it('uploads a photo with GPS EXIF: stored re-encoded with no EXIF, shown on the finding', async () => {
    const { zhang } = f;
    const jpeg = await gpsJpeg();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const r = await uploadPadPhoto(f, finding.id, jpeg);
    expect(r.status).toBe(201);
    const photo = r.body;
    const res = await zhang.fetch(photo.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toContain('private');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    const got = await zhang.get<FindingView>(`/api/health-record/findings/${finding.id}`);
    expect(got.body.photos.map((p) => p.id)).toEqual([photo.id]);
    // …and the customer's mirror got the new finding view (with the photo) through the change log.
    const pull = await zhang.get<{ changes: { entity: string; id: string; data: FindingView }[] }>(
      '/api/sync/pull?since=0',
    );
    const last = pull.body.changes.filter((ch) => ch.entity === 'finding' && ch.id === finding.id).at(-1);
    expect(last?.data.photos[0]?.thumbUrl).toBe(photo.thumbUrl);
  });

  it('refuses HEIC uploads and unknown owners', async () => {
    const { tech, zhang } = f;
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    const r = await upload(tech, { ownerKind: 'finding', ownerId: finding.id }, heic, 'image/heic');
    expect(r.status).toBe(415);
    expect(r.body.message).toMatch(/HEIC/);
    expect((await upload(tech, { ownerKind: 'finding', ownerId: randomUUID() }, await gpsJpeg())).status).toBe(404);
    expect((await upload(tech, { ownerKind: 'nothing', ownerId: finding.id }, await gpsJpeg())).status).toBe(400);
    expect((await upload(zhang, { ownerKind: 'finding', ownerId: finding.id }, await gpsJpeg())).status).toBe(403);
  });
});
