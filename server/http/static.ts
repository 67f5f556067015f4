import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './context.ts';

const NO_CACHE = /(^|\/)(sw\.js|index\.html|manifest\.webmanifest|[\w-]+\.html)$/;

/**
 * The built PWA: hashed assets are immutable; the shell, the worker and the manifest are always
 * revalidated so a deploy is seen at once. Any other GET outside /api gets the shell (client routing).
 */
export function mountStatic(app: Hono<AppEnv>, distDir: string) {
  if (!existsSync(join(distDir, 'index.html'))) return false;
  const onFound = (path: string, c: { header: (k: string, v: string) => void }) => {
    if (path.includes('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    else if (NO_CACHE.test(path)) c.header('Cache-Control', 'no-cache');
  };
  app.use('*', serveStatic({ root: distDir, onFound }));
  app.get('*', serveStatic({ path: join(distDir, 'index.html'), onFound }));
  return true;
}
