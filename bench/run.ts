/**
 * `npm run bench` runs every section in bench/sections/ (one file each, `export default define({ name, run })`)
 * and prints a table; `npm run bench -- --json` prints one JSON object instead (use `npm run -s bench -- --json`
 * to keep npm's own banner off stdout). `npm run bench -- api` runs only the named sections.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './lib/section.ts';
import { log } from './lib/section.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));

const dir = fileURLToPath(new URL('./sections/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort();

const sections: BenchSection[] = [];
for (const file of files) {
  const mod = (await import(new URL(`./sections/${file}`, import.meta.url).href)) as { default?: BenchSection };
  const section = mod.default;
  if (!section || typeof section.name !== 'string' || typeof section.run !== 'function') {
    throw new Error(`bench/sections/${file} must \`export default define({ name, run })\``);
  }
  if (only.length === 0 || only.includes(section.name)) sections.push(section);
}
if (only.length && sections.length !== only.length) {
  throw new Error(
    `unknown section(s): ${only.filter((n) => !sections.some((s) => s.name === n)).join(', ')}; have: ${files.join(', ')}`,
  );
}

const report: Record<string, Record<string, number>> = {};
let failed = false;
for (const section of sections) {
  const started = performance.now();
  try {
    report[section.name] = await section.run();
    log(`${section.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    failed = true;
    log(`${section.name} FAILED: ${(e as Error).stack ?? e}`);
  }
}

if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, at: new Date().toISOString(), ...report })}\n`);
} else {
  const rows = Object.entries(report).flatMap(([name, figures]) =>
    Object.entries(figures).map(([k, v]) => [name, k, String(v)] as const),
  );
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['section', 'figure', 'value'][i]!.length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c.padStart(w[2]!)}`;
  console.log(line('section', 'figure', 'value'));
  console.log(line('-'.repeat(w[0]!), '-'.repeat(w[1]!), '-'.repeat(w[2]!)));
  for (const r of rows) console.log(line(...r));
}
process.exit(failed ? 1 : 0);
