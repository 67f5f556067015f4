/**
 * Keeps the previous build's hashed assets next to the new ones (the build does not empty dist/), and
 * prunes anything older than the previous build. So a page still running the old version can load
 * its lazy chunks after a deploy, and dist/ does not grow without end.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

const LEDGER = '.assets-ledger.json';

function listFiles(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p, root) : [relative(root, p)];
  });
}

let resolvedOutDir = 'dist';

export function keepPreviousAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'pitlane-keep-previous-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      resolvedOutDir = outDir;
    },
    closeBundle() {
      const assets = join(outDir, 'assets');
      const ledgerFile = join(outDir, LEDGER);
      const ledger: { builds: string[][] } = existsSync(ledgerFile)
        ? JSON.parse(readFileSync(ledgerFile, 'utf8'))
        : { builds: [] };
      const manifestFile = join(outDir, '.vite', 'manifest.json');
      const manifest = existsSync(manifestFile)
        ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
            string,
            { file: string; css?: string[]; assets?: string[] }
          >)
        : {};
      const current = new Set<string>();
      for (const entry of Object.values(manifest)) {
        current.add(entry.file);
        for (const f of [...(entry.css ?? []), ...(entry.assets ?? [])]) current.add(f);
      }
      const previous = new Set(ledger.builds.at(-1) ?? []);
      for (const file of listFiles(assets)) {
        const rel = `assets/${file}`;
        if (!current.has(rel) && !previous.has(rel)) rmSync(join(assets, file));
      }
      writeFileSync(ledgerFile, JSON.stringify({ builds: [...ledger.builds.slice(-1), [...current]] }));
    },
  };
}

type Entry = { url: string; revision: string | null; size: number };

/** Workbox manifest transform: precache only this build's assets, not the previous build's kept ones. */
export function currentBuildOnly() {
  return async (entries: Entry[]) => {
    const manifestFile = join(resolvedOutDir, '.vite', 'manifest.json');
    if (!existsSync(manifestFile)) return { manifest: entries, warnings: [] };
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
      string,
      { file: string; css?: string[]; assets?: string[] }
    >;
    const filesOf = (e: { file: string; css?: string[]; assets?: string[] }) => [
      e.file,
      ...(e.css ?? []),
      ...(e.assets ?? []),
    ];
    const current = new Set(Object.values(manifest).flatMap(filesOf));
    // Files that only the staff console's modules use (its CSS lands outside assets/staff/).
    const isStaff = ([src, e]: [string, { file: string }]) =>
      src.startsWith('web/staff/') || e.file.startsWith('assets/staff/');
    const all = Object.entries(manifest);
    // A CSS file also has an entry of its own; whoever imports it lists it, so skip those self-entries.
    const customer = new Set(all.filter((x) => !isStaff(x) && !x[0].endsWith('.css')).flatMap(([, e]) => filesOf(e)));
    const staffOnly = new Set(
      all
        .filter(isStaff)
        .flatMap(([, e]) => filesOf(e))
        .filter((f) => !customer.has(f)),
    );
    return {
      manifest: entries.filter((e) => !e.url.startsWith('assets/') || (current.has(e.url) && !staffOnly.has(e.url))),
      warnings: [],
    };
  };
}
