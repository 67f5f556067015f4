/**
 * Import boundaries that Biome's path patterns cannot express (README, "How the code is laid out": web → shared ← server):
 * - a web feature folder imports only itself, the web infrastructure and @shared/*; features are
 *   composed only in the composition roots below, never import each other;
 * - web/ui (the design system) imports no feature and no data access;
 * - server feature folders may use each other's services (the server is one process), but never web/.
 * Exits 1 listing every violation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const WEB_INFRA = new Set(['ui', 'db', 'sync', 'i18n', 'app', 'auth', 'pwa']);
const COMPOSITION_ROOTS = new Set([
  'web/routes.tsx',
  'web/main.tsx',
  'web/app/optimistic-effects.ts',
  'web/app/nav.ts',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

const importRe =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
const area = (path: string) => path.split('/')[1] ?? '';

const violations: string[] = [];
for (const file of files('web')) {
  const rel = relative('.', file);
  const from = area(rel);
  for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? '';
    if (!spec.startsWith('.')) continue;
    const target = relative('.', resolve(dirname(file), spec));
    if (!target.startsWith('web/')) continue; // @shared and packages are checked by Biome
    const to = area(target);
    if (to === from || COMPOSITION_ROOTS.has(rel) || COMPOSITION_ROOTS.has(target.replace(/\.tsx?$/, (x) => x)))
      continue;
    if (from === 'ui' && to !== 'ui')
      violations.push(`${rel} → ${target}: web/ui must not import features or data access`);
    else if (!WEB_INFRA.has(to))
      violations.push(
        `${rel} → ${target}: web/${from} must not import the feature web/${to}; compose features in web/routes.tsx`,
      );
    else if (WEB_INFRA.has(from) && from !== 'app' && to === 'app')
      violations.push(`${rel} → ${target}: infrastructure must not depend on web/app`);
  }
}

if (violations.length) {
  console.error(`Import boundary violations (${violations.length}):\n${violations.map((v) => `  ${v}`).join('\n')}`);
  process.exit(1);
}
console.log('Import boundaries: OK');
