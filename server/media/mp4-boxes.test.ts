/** The box walker on the phone-like clip of mp4.fixture.ts. */
import { describe, expect, it } from 'vitest';
import { BoxError, flatten, isMp4, mp4DurationSeconds, readBoxes, stripLocation } from './mp4-boxes.ts';
import { PLACE, phoneClip } from './mp4.fixture.ts';

const enc = new TextEncoder();
const types = (b: Uint8Array) => flatten(readBoxes(b)).map((x) => x.type);
const contains = (hay: Uint8Array, needle: string) => Buffer.from(hay).includes(Buffer.from(needle));

describe('the MP4 box reader', () => {
  it('reads the tree, the length (12 s from mvhd) and finds the location atoms', () => {
    const clip = phoneClip();
    expect(isMp4(clip)).toBe(true);
    expect(types(clip)).toEqual(
      expect.arrayContaining(['ftyp', 'moov', 'mvhd', 'trak', 'stco', 'udta', '©xyz', 'loci', 'meta', 'mdat']),
    );
    expect(mp4DurationSeconds(clip)).toBe(12);
    expect(contains(clip, PLACE)).toBe(true);
  });

  it('strips every location box in place: no ©xyz/loci/meta/udta left, the same size, mdat and offsets unmoved', () => {
    const clip = phoneClip();
    const { bytes, stripped } = stripLocation(clip);
    expect(stripped).toBe(2); // udta (with ©xyz and loci inside) and meta
    const left = types(bytes);
    for (const t of ['©xyz', 'loci', 'meta', 'udta']) expect(left).not.toContain(t);
    expect(left.filter((t) => t === 'free')).toHaveLength(2);
    expect(contains(bytes, PLACE)).toBe(false);
    expect(contains(bytes, 'ISO6709')).toBe(false);
    expect(bytes.byteLength).toBe(clip.byteLength);
    const mdat = readBoxes(bytes).find((b) => b.type === 'mdat')!;
    const stco = flatten(readBoxes(bytes)).find((b) => b.type === 'stco')!;
    expect(new DataView(bytes.buffer).getUint32(stco.start + 16)).toBe(mdat.start + 8);
    expect(mp4DurationSeconds(bytes)).toBe(12);
    expect(contains(clip, PLACE)).toBe(true); // the input is not changed
  });

  it('refuses a broken tree instead of reading past it', () => {
    const clip = phoneClip();
    expect(() => readBoxes(clip.subarray(0, clip.byteLength - 10))).toThrow(BoxError);
    const lying = new Uint8Array(clip);
    new DataView(lying.buffer).setUint32(0, 0xffff_fff0);
    expect(() => readBoxes(lying)).toThrow(BoxError);
    expect(isMp4(enc.encode('not a video at all'))).toBe(false);
  });
});
