/**
 * No mirrored row is cast in web/: reads and optimistic effects are typed from the entity schemas
 * (shared/sync/entity-schemas.ts) and the pull keeps only rows that pass them. This reads the files
 * and fails on a cast to a row type (`as QuoteView`, `as DeliveryRow | undefined`) or a type argument
 * that would claim a row's type (`liveRecords<Quote>(…)`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

/** The row types: each schema the entity map imports (XSchema → X), and web's names for view rows. */
function rowTypes(): string[] {
  const map = readFileSync('shared/sync/entity-schemas.ts', 'utf8');
  const schemas = [...map.matchAll(/\b([A-Z]\w*)Schema\b/g)].map((m) => m[1]!);
  const fromSchemas = schemas.flatMap((n) => [n, n.replace(/Mirror$/, '')]);
  const web = [
    'ViewRow',
    'EntityRow',
    'RecordRow',
    'RecordOf',
    'EntryOf',
    'Entry',
    'BookingRow',
    'QuoteRow',
    'DeliveryRow',
  ];
  return [...new Set([...fromSchemas, ...web])].filter((n) => n !== 'Generic');
}

describe('mirrored rows in web/', () => {
  it('are never cast to a row type', () => {
    const types = rowTypes();
    expect(types).toContain('QuoteView');
    const cast = new RegExp(`\\bas\\s+\\(?\\s*(${types.join('|')})\\b`);
    const typeArg = /(?<!function )\b(liveRecords|liveRecord|liveSingle)\s*</;
    const found: string[] = [];
    for (const f of files('web')) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (cast.test(line) || typeArg.test(line)) found.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
