/**
 * The web calls the API through Hono's typed client (hc<ApiType>), so a renamed route or a changed
 * body fails tsc: this reads web/ and fails on a `fetch(` outside the files allowed to hold one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ALLOWED = new Set([
  // The transport under the typed client and the sync engine (tests point it at a server).
  'web/sync/api.ts',
  // The service worker is its own program (web/pwa/tsconfig.json, no server types); its one call
  // tells the server a push was shown.
  'web/pwa/sw.ts',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('API calls in web/', () => {
  it('go through the typed client: no fetch( outside the transport', () => {
    const found: string[] = [];
    for (const f of files('web')) {
      if (ALLOWED.has(f)) continue;
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/(?<![\w.$])fetch\s*\(/.test(line)) found.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
