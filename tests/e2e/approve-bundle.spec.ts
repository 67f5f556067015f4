/**
 * The remote approval page's first load (build manifest, plus its static import graph in the source):
 * at most 40 KiB of gzipped JS, and none of the app's mirror (Dexie, web/db, web/sync), shell and
 * router (web/app, @solidjs/router), sign-in, service worker or staff console. The page renders the
 * app's own quote components (web/quotes), so this is what keeps them free of the app's machinery.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { firstLoad, readManifest } from '../helpers/first-load.ts';
import { DIST_DIR } from './local-first-fixtures.ts';

/** Every source module the entry reaches through static imports (type-only and lazy imports excluded). */
function staticGraph(entry: string) {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (spec.startsWith('@shared/')) visit(resolve('shared', spec.slice('@shared/'.length)));
      else packages.add(spec);
    }
  };
  visit(resolve(entry));
  return { modules: [...modules].map((f) => f.slice(resolve('.').length + 1)), packages: [...packages] };
}

test('the approval page’s first load has none of Dexie, the app shell, the router or the staff console', () => {
  const manifest = readManifest(DIST_DIR);
  const approve = firstLoad(DIST_DIR, manifest, 'approve.html');

  // The app's own entry file, its Dexie chunk (lazy in the app since the lean entry) and any staff
  // chunk are not fetched by the link page.
  const appOnly = Object.keys(manifest).filter((k) => k === 'index.html' || /dexie|database/i.test(k));
  expect(appOnly.length).toBeGreaterThan(1);
  for (const key of appOnly) expect(approve.keys.has(key), `${key} is in the approve first load`).toBe(false);
  for (const file of approve.files) {
    expect(file.startsWith('assets/staff/'), file).toBe(false);
    expect(readFileSync(join(DIST_DIR, file), 'utf8')).not.toContain('`Dexie`');
  }
  // The marker is real: the app's Dexie chunk has it.
  const dexieKey = appOnly.find((k) => /database/i.test(k))!;
  expect(readFileSync(join(DIST_DIR, manifest[dexieKey]!.file), 'utf8')).toContain('`Dexie`');

  // In the source: the page and the quote components it renders reach none of the app's machinery.
  const graph = staticGraph('web/quotes/link/main.tsx');
  expect(graph.modules).toContain('web/quotes/quote-decision.tsx');
  expect(graph.modules).toContain('web/quotes/sign-form.tsx');
  const forbidden = /^web\/(app|db|sync|staff|auth|settings)\/|^web\/pwa\/(register|sw|update)/;
  // web/app/link-client.ts is the link pages' own typed client (hc and the error parse), not the app's.
  expect(graph.modules.filter((m) => forbidden.test(m) && m !== 'web/app/link-client.ts')).toEqual([]);
  expect(graph.packages.filter((p) => /^(dexie|@solidjs\/router|workbox-|@kobalte\/)/.test(p))).toEqual([]);
});

test('the approval page loads at most 40 KiB of gzipped JS (build manifest, static imports)', () => {
  const approve = firstLoad(DIST_DIR, readManifest(DIST_DIR), 'approve.html');
  expect(approve.gzipKiB, `approve first load: ${approve.files.join(', ')}`).toBeLessThanOrEqual(40);
});
