// Renders the PNG app icons from public/icons/icon.svg (run once; the PNGs are committed).
import sharp from 'sharp';

const svg = 'public/icons/icon.svg';
for (const size of [192, 512]) await sharp(svg).resize(size, size).png().toFile(`public/icons/icon-${size}.png`);
// Maskable: the artwork inside the 80 % safe zone on a full-bleed background.
const inner = await sharp(svg).resize(410, 410).png().toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: '#1d4ed8' } })
  .composite([{ input: inner, gravity: 'center' }])
  .png()
  .toFile('public/icons/maskable-512.png');
await sharp(svg).resize(180, 180).flatten({ background: '#1d4ed8' }).png().toFile('public/icons/apple-touch-icon.png');
