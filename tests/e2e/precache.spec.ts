/**
 * The service worker precaches the customer's shell and every customer screen chunk (their words in
 * both languages too: each catalog is a chunk of its own), and nothing of the staff console (read from
 * the built worker and Vite's manifest of the same build).
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
  // The staff console's words (web/i18n/catalog/staff-*.ts) load with the console, under assets/staff/.
  const staffSource = (src: string) => src.startsWith('web/staff/') || src.startsWith('web/i18n/catalog/staff-');
  const customerScreens = entries.filter(([src, e]) => e.isDynamicEntry && src.startsWith('web/') && !staffSource(src));
  expect(customerScreens.length).toBeGreaterThan(3);
  for (const catalog of ['web/i18n/catalog/vehicles-zh.ts', 'web/i18n/catalog/vehicles-en.ts'])
    expect(customerScreens.map(([src]) => src)).toContain(catalog);
  for (const [src, e] of customerScreens) expect(urls.has(e.file), `${src} → ${e.file} precached`).toBe(true);
  const staffFiles = [...urls].filter((u) => u.includes('staff'));
  expect(staffFiles).toEqual([]);
});
