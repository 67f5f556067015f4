/**
 * Builds the PWA when its sources are newer than the build (or there is none): imported first by
 * `npm start` and `npm run start:cluster`, so a fresh clone needs one command.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.PITLANE_DIST_DIR ?? './dist';
const SOURCES = ['web', 'shared', 'public', 'vite.config.ts', 'index.html', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const built = existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'index.html')).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newest))) {
  console.log('Building the app (first start or sources changed)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}
