/**
 * A phone-like MP4 built byte by byte for tests: its place in `udta/©xyz`, in Apple's `meta` and in a
 * 3GPP `loci`, with `moov` before `mdat` (fast start) so the chunk offset would break if a box moved.
 */
import { flatten, readBoxes } from './mp4-boxes.ts';

const enc = new TextEncoder();
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
function box(type: string, ...payload: (number[] | Uint8Array)[]): Uint8Array {
  const body = payload.flatMap((p) => [...p]);
  const t = type === '©xyz' ? [0xa9, 0x78, 0x79, 0x7a] : [...enc.encode(type)];
  return new Uint8Array([...u32(8 + body.length), ...t, ...body]);
}
/** mvhd version 0: timescale 1000, duration in ms. */
const mvhd = (ms: number) => box('mvhd', [0, 0, 0, 0], u32(0), u32(0), u32(1000), u32(ms), new Array(80).fill(0));
export const PLACE = '+31.2304+121.4737/';

export function phoneClip(seconds = 12): Uint8Array {
  const xyz = box('©xyz', [0, PLACE.length, 0x15, 0xc7], enc.encode(PLACE));
  const loci = box('loci', [0, 0, 0, 0], enc.encode('Xuhui\0'), new Array(13).fill(1));
  const meta = box('meta', [0, 0, 0, 0], box('keys', enc.encode('com.apple.quicktime.location.ISO6709')));
  const stco = box('stco', [0, 0, 0, 0], u32(1), u32(0)); // the one chunk offset, patched below
  const trak = box('trak', box('tkhd', new Array(84).fill(0)), box('mdia', box('minf', box('stbl', stco))));
  const moov = box('moov', mvhd(seconds * 1000), trak, box('udta', xyz, loci), meta);
  const ftyp = box('ftyp', enc.encode('isom'), u32(512), enc.encode('isomiso2mp41'));
  const mdat = box('mdat', new Array(64).fill(0x42));
  const file = new Uint8Array([...ftyp, ...moov, ...mdat]);
  const stcoAt = flatten(readBoxes(file)).find((b) => b.type === 'stco')!;
  new DataView(file.buffer).setUint32(stcoAt.start + 16, ftyp.length + moov.length + 8);
  return file;
}
