/**
 * Short clips on timeline events through the real routes: upload with a poster, the stored clip has
 * no location box left (read back with the box reader), it is served with range requests (206), the
 * poster is the thumbnail; the limits refuse a long clip and a file that is not a video.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaView } from '@shared/health-record/visit-view.schema.ts';
import type { Board, TimelineEvent } from '@shared/timeline/timeline.schema.ts';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { flatten, readBoxes } from './mp4-boxes.ts';
import { PLACE, phoneClip } from './mp4.fixture.ts';

let s: TestServer;
let staff: Client;
let eventId: string;

beforeAll(async () => {
  s = await startTestServer();
  staff = await s.signInStaff('technician');
  const visitId = (await staff.get<Board>('/api/staff/timeline/board')).body.rows.find(
    (r) => r.plate === '沪AD12345',
  )!.visitId;
  const event = await staff.post<TimelineEvent>(`/api/staff/timeline/visits/${visitId}/events`, {
    kind: 'inspection',
    note: '刹车片磨损，请看视频',
  });
  eventId = event.body.id;
});
afterAll(() => s?.stop());

const poster = () =>
  sharp({ create: { width: 640, height: 360, channels: 3, background: '#556' } })
    .jpeg()
    .toBuffer();

async function upload(clip: Uint8Array, type = 'video/mp4') {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(clip)], { type }), 'clip.mp4');
  form.set('poster', new Blob([new Uint8Array(await poster())], { type: 'image/jpeg' }), 'poster.jpg');
  form.set('ownerKind', 'timeline_event');
  form.set('ownerId', eventId);
  return staff.fetch('/api/staff/media/video', { method: 'POST', body: form });
}

describe('short video on a timeline event', () => {
  it('stores the clip without its location, serves it in ranges (206) and the poster as the thumbnail', async () => {
    const clip = phoneClip(12);
    const r = await upload(clip);
    expect(r.status).toBe(201);
    const view = (await r.json()) as MediaView;

    const customer = await s.signInCustomer();
    const whole = await customer.fetch(view.url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    const stored = new Uint8Array(await whole.arrayBuffer());
    expect(stored.byteLength).toBe(clip.byteLength);
    const types = flatten(readBoxes(stored)).map((b) => b.type);
    expect(types).not.toContain('©xyz');
    expect(types).not.toContain('loci');
    expect(types).not.toContain('meta');
    expect(Buffer.from(stored).includes(Buffer.from(PLACE))).toBe(false);

    const part = await customer.fetch(view.url, { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${clip.byteLength}`);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
    const beyond = await customer.fetch(view.url, { headers: { range: `bytes=${clip.byteLength}-` } });
    expect(beyond.status).toBe(416);

    const thumb = await customer.fetch(view.thumbUrl);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).exif).toBeUndefined();
  });

  it('refuses a clip over 60 s (400) and a file that is not a video (415), saying why', async () => {
    const long = await upload(phoneClip(75));
    expect(long.status).toBe(400);
    expect(((await long.json()) as { message: string }).message).toContain('60 seconds');
    const text = await upload(new TextEncoder().encode('definitely not a video file'), 'video/mp4');
    expect(text.status).toBe(415);
  });
});
