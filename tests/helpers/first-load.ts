/**
 * What a page must fetch before it works, read from the build manifest (dist/.vite/manifest.json):
 * an entry's JS and every chunk it imports statically (lazy chunks excluded), with its gzip size.
 * Shared by the bench (figures) and the tests (budgets, what must stay out of an entry).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; css?: string[] };
export type Manifest = Record<string, ManifestChunk>;

export const readManifest = (distDir: string) =>
  JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;

export function firstLoad(distDir: string, manifest: Manifest, entry: string) {
  const keys = new Set<string>();
  const walk = (key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    for (const i of manifest[key]?.imports ?? []) walk(i);
  };
  walk(entry);
  const files = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  const gzipBytes = files.reduce((a, f) => a + gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length, 0);
  return { keys, files, gzipBytes, gzipKiB: Math.round(gzipBytes / 10.24) / 100 };
}
