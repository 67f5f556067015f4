import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import { prepareImage, sniffImageType } from './media.service.ts';

/** The GPS IFD pointer tag (0x8825) in either byte order. */
const hasGpsIfd = (b: Buffer | undefined) =>
  !!b && (b.includes(Buffer.from([0x88, 0x25])) || b.includes(Buffer.from([0x25, 0x88])));

const photoWithGps = () =>
  sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#3a6' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 15' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '31/1 11/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '121/1 26/1 10/1',
      },
    })
    .toBuffer();

describe('prepareImage', () => {
  it('re-encodes to WebP without any EXIF or GPS, rotated upright and resized', async () => {
    const input = await photoWithGps();
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(hasGpsIfd(before.exif)).toBe(true);
    const out = await prepareImage(input, 'image/jpeg');
    for (const buf of [out.display, out.thumb]) {
      const meta = await sharp(buf).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    // Orientation 6 = rotated 90°: the upright picture is portrait.
    expect([out.width, out.height]).toEqual([640, 1280]);
    const thumb = await sharp(out.thumb).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(320);
  });

  it('refuses HEIC with a message that says what to do', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(32)]);
    expect(sniffImageType(heic)).toBe('image/heic');
    const e = await prepareImage(heic, 'image/heic').catch((x) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('unsupported_media_type');
    expect(e.message).toMatch(/HEIC/);
  });

  it('refuses a file whose bytes are not the image type it claims', async () => {
    const e = await prepareImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/png').catch((x) => x);
    expect(e.code).toBe('unsupported_media_type');
    const gif = Buffer.from('GIF89a......');
    expect((await prepareImage(gif, 'image/gif').catch((x) => x)).code).toBe('unsupported_media_type');
  });

  it('refuses a truncated image and an oversized upload', async () => {
    const jpeg = await photoWithGps();
    expect((await prepareImage(jpeg.subarray(0, 200), 'image/jpeg').catch((x) => x)).code).toBe('invalid');
    const big = Buffer.alloc(15 * 1024 * 1024 + 1, 0xff);
    expect((await prepareImage(big, 'image/jpeg').catch((x) => x)).message).toMatch(/15 MB/);
  });
});
