/**
 * Each lazily loaded customer screen names the word namespaces it shows (screen(), ./screen.ts). A t()
 * call for a namespace that is not loaded reads it as a resource, so the frame's <Suspense> takes the
 * whole screen off the page while it downloads: the screen flashes "加载中" and its elements leave the
 * DOM. That happened on the booking screen, whose member words ('membership') appear once the
 * membership row is mirrored. This test walks each screen's static imports and checks that every
 * namespace a t() call there names is declared with the screen or loaded before it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = resolve(import.meta.dirname, '..');
/** Loaded at boot (web/main.tsx) and by the signed-in frame (./customer-shell.tsx) around every screen. */
const ALWAYS = new Set(['app', 'errors', 'sync']);
const SCREEN_FILES = ['routes.tsx', 'app/customer-shell.tsx'];

/** The text of each screen(…) / languageScreen(…) call in a source, by counting parentheses. */
function screenCalls(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/\b(?:languageScreen|screen)\(/g)) {
    if (/function\s+$/.test(source.slice(Math.max(0, m.index - 12), m.index))) continue;
    let depth = 0;
    for (let i = m.index + m[0].length - 1; i < source.length; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) {
        out.push(source.slice(m.index, i + 1));
        break;
      }
    }
  }
  return out;
}

/** The namespaces t() names in a module and every module it imports statically (dynamic imports are other chunks). */
function namespacesUsed(entry: string): Map<string, string> {
  const used = new Map<string, string>(); // namespace → first file that names it
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''); // not the comments' examples
    for (const m of code.matchAll(/\bt\(\s*['"`]([a-zA-Z]+)\./g))
      if (!used.has(m[1]!)) used.set(m[1]!, file.slice(WEB.length + 1));
    for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+\.tsx?)'/gms))
      visit(join(dirname(file), m[1]!));
  };
  visit(entry);
  return used;
}

/** The namespaces a call's string arguments name ('healthRecord', …; import paths are not words). */
const namesIn = (call: string) => new Set([...call.matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1]!));

/** What a module's words need beyond what is loaded, as "namespace (file that names it)". */
const missingFor = (module: string, loaded: Set<string>) =>
  [...namespacesUsed(module)].filter(([ns]) => !loaded.has(ns)).map(([ns, file]) => `${ns} (${file})`);

describe('customer screens declare the word namespaces they show', () => {
  const screens = SCREEN_FILES.flatMap((f) =>
    screenCalls(readFileSync(join(WEB, f), 'utf8')).map((call) => ({ at: f, call })),
  );

  it('finds the screens', () => {
    expect(screens.length).toBeGreaterThan(15);
  });

  // The texted-link pages have no router: each loads its words once before it paints.
  for (const page of ['quotes/link/main.tsx', 'surveys/link/main.tsx'])
    it(page, () => {
      const call = /loadCatalogs\(([^)]*)\)/.exec(readFileSync(join(WEB, page), 'utf8'))![1]!;
      expect(missingFor(join(WEB, page), namesIn(call))).toEqual([]);
    });

  for (const { at, call } of screens) {
    const modules = [...call.matchAll(/import\('(\.{1,2}\/[^']+)'\)/g)].map((m) => join(WEB, dirname(at), m[1]!));
    const loaded = new Set([...namesIn(call), ...ALWAYS]);
    for (const module of modules)
      it(module.slice(WEB.length + 1), () => expect(missingFor(module, loaded)).toEqual([]));
  }
});
