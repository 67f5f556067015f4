/**
 * The survey link page (survey.html) beside the main app: opened cold from a text message, often on a
 * weak network. First-load JS, gzip, from the build output: the entry with its static imports (lazy
 * chunks, e.g. the English words, excluded). Needs the built app (`npm run build`, or PITLANE_DIST_DIR).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { firstLoad, readManifest } from '../../tests/helpers/first-load.ts';
import { define, log } from '../lib/section.ts';

export default define({
  name: 'survey',
  run: async () => {
    const distDir = resolve(process.env.PITLANE_DIST_DIR ?? './dist');
    if (!existsSync(join(distDir, 'survey.html')))
      throw new Error(`no built app with survey.html in ${distDir}: run \`npm run build\` first`);
    const link = firstLoad(distDir, readManifest(distDir), 'survey.html');
    log(`first-load JS: survey link ${link.gzipKiB} KiB gz (${link.files.length} files)`);
    return { 'link.firstLoad.gzipKiB': link.gzipKiB, 'link.firstLoad.files': link.files.length };
  },
});
