/**
 * The service worker precaches the customer's shell and every customer screen chunk, and nothing
 * of the staff console (read from the built worker and Vite's manifest of the same build).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const dist = resolve(process.env.PITLANE_DIST_DIR ?? './dist');
const precached = () => [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
const manifest = () =>
  JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; src?: string; isDynamicEntry?: boolean }
  >;

test('precaches the shell and every customer screen, and no staff file', () => {
  const urls = new Set(precached());
  expect(urls.has('index.html')).toBe(true);
  const entries = Object.entries(manifest());
  const customerScreens = entries.filter(
    ([src, e]) => e.isDynamicEntry && src.startsWith('web/') && !src.startsWith('web/staff/'),
  );
  expect(customerScreens.length).toBeGreaterThan(3);
  for (const [src, e] of customerScreens) expect(urls.has(e.file), `${src} → ${e.file} precached`).toBe(true);
  const staffFiles = [...urls].filter((u) => u.includes('staff'));
  expect(staffFiles).toEqual([]);
});
