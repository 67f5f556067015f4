import sharp from 'sharp';
import { promiseCache } from '../demo/promise-cache.ts';
import { type PreparedImage, prepareImage } from '../media/media.service.ts';

/**
 * A small generated photo: a gradient with a few shapes (SVG → JPEG), then the normal upload pipeline.
 * No text: rendering text makes librsvg load the CJK fonts, a quarter second on every server start.
 */
export async function demoJpeg([, from, to]: [string, string, string]) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="400" height="300" fill="url(#g)"/><circle cx="200" cy="150" r="90" fill="none" stroke="#fff" stroke-opacity="0.5" stroke-width="14"/><circle cx="200" cy="150" r="30" fill="#fff" fill-opacity="0.35"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** The demo photo through the normal upload pipeline (EXIF stripped, display and thumb sizes), once per process. */
const prepared = promiseCache<PreparedImage>();
export const demoImage = (photo: [string, string, string]): Promise<PreparedImage> =>
  prepared(`${photo[1]}|${photo[2]}`, () => demoJpeg(photo).then((jpeg) => prepareImage(jpeg, 'image/jpeg')));
