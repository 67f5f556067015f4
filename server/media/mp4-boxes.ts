/**
 * A small reader of the ISO-BMFF (MP4 / QuickTime) box tree, enough to keep a phone's clip free of
 * where it was filmed and to read its length — no ffmpeg needed.
 *
 * Location lives in metadata boxes: QuickTime's `udta/©xyz` ("+31.2304+121.4737/"), 3GPP's `udta/loci`,
 * and Apple's `meta` (keys `com.apple.quicktime.location.ISO6709`); XMP sits in a top-level `uuid` box.
 * None of them is needed to play the clip. They are neutralised in place: the box becomes a `free` box of
 * the same size with its payload zeroed, so no other offset moves (the sample tables' chunk offsets
 * `stco`/`co64` point into `mdat` by absolute position and stay right).
 */

export type Box = { type: string; start: number; size: number; header: number; children: Box[] };

/** Boxes whose payload is a list of boxes (so location inside them is found too). */
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'edts', 'dinf', 'mvex', 'moof', 'traf', 'udta']);
/** Metadata boxes dropped wherever they are: they can carry the place (and never the picture). */
export const STRIPPED = new Set(['udta', 'meta', '\u00a9xyz', 'loci', 'uuid']);

export class BoxError extends Error {
  override name = 'BoxError';
}

const typeAt = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

/** The boxes between `from` and `to`, with containers' children; throws BoxError on a broken tree. */
export function readBoxes(b: Uint8Array, from = 0, to = b.byteLength, depth = 0): Box[] {
  if (depth > 16) throw new BoxError('The clip’s boxes are nested too deep.');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const boxes: Box[] = [];
  let at = from;
  while (at < to) {
    if (to - at < 8) throw new BoxError('The clip ends inside a box header.');
    let size = view.getUint32(at);
    const type = typeAt(b, at + 4);
    let header = 8;
    if (size === 1) {
      if (to - at < 16) throw new BoxError('The clip ends inside a box header.');
      const big = view.getBigUint64(at + 8);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new BoxError('A box is too large.');
      size = Number(big);
      header = 16;
    } else if (size === 0) {
      size = to - at; // the last box runs to the end
    }
    if (size < header || at + size > to) throw new BoxError(`The box “${type}” runs past its parent.`);
    const children = CONTAINERS.has(type) ? readBoxes(b, at + header, at + size, depth + 1) : [];
    boxes.push({ type, start: at, size, header, children });
    at += size;
  }
  return boxes;
}

/** Every box of the tree, depth first. */
export function flatten(boxes: readonly Box[]): Box[] {
  return boxes.flatMap((x) => [x, ...flatten(x.children)]);
}

/** Is it an MP4/QuickTime file (an `ftyp` box first)? */
export const isMp4 = (b: Uint8Array) => b.byteLength >= 12 && typeAt(b, 4) === 'ftyp';

/** The clip's length in seconds from `moov/mvhd` (timescale and duration), or null when absent. */
export function mp4DurationSeconds(b: Uint8Array, boxes = readBoxes(b)): number | null {
  const moov = boxes.find((x) => x.type === 'moov');
  const mvhd = moov?.children.find((x) => x.type === 'mvhd');
  if (!mvhd) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const p = mvhd.start + mvhd.header;
  if (mvhd.size - mvhd.header < 32) throw new BoxError('The clip’s movie header is too short.');
  const version = b[p]!;
  const timescale = version === 1 ? view.getUint32(p + 20) : view.getUint32(p + 12);
  const duration = version === 1 ? Number(view.getBigUint64(p + 24)) : view.getUint32(p + 16);
  return timescale > 0 ? duration / timescale : null;
}

/**
 * A copy of the clip with every metadata box (STRIPPED) turned into a zeroed `free` box of the same
 * size; the original bytes are untouched. Returns how many boxes were neutralised.
 */
export function stripLocation(input: Uint8Array): { bytes: Uint8Array; stripped: number } {
  const bytes = new Uint8Array(input);
  const boxes = flatten(readBoxes(bytes));
  let stripped = 0;
  // Outermost first; a box inside one already blanked is gone with it.
  const blanked: Box[] = [];
  for (const box of boxes) {
    if (!STRIPPED.has(box.type)) continue;
    if (blanked.some((o) => box.start >= o.start && box.start < o.start + o.size)) continue;
    bytes.fill(0, box.start + box.header, box.start + box.size);
    bytes.set([0x66, 0x72, 0x65, 0x65], box.start + 4); // 'free'
    blanked.push(box);
    stripped += 1;
  }
  return { bytes, stripped };
}
