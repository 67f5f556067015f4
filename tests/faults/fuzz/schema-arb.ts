/**
 * fast-check arbitraries for the JSON Schemas in /api/openapi.json: a valid value for a schema (the
 * subset our valibot schemas produce: objects, arrays, anyOf, enum, const, strings with format /
 * pattern / length, numbers with ranges), and a hostile variation of a valid value.
 */
import fc from 'fast-check';

export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

const dateArb = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Strings for a few patterns we use; otherwise a short alphanumeric string. */
function stringFor(s: Schema, ids: string[]): fc.Arbitrary<string> {
  if (s.format === 'uuid') return ids.length ? fc.oneof(fc.uuid(), fc.constantFrom(...ids)) : fc.uuid();
  if (s.format === 'date-time') return dateArb;
  if (s.format === 'date') return dateArb.map((d) => d.slice(0, 10));
  if (s.format === 'uri' || s.format === 'url') return fc.constant('https://push.example.com/x');
  if (s.pattern) {
    if (s.pattern.includes('\\d{1,15}')) return fc.integer({ min: 0, max: 10_000 }).map(String);
    if (s.pattern.includes('1[3-9]'))
      return fc.integer({ min: 0, max: 99_999_999 }).map((n) => `136${String(n).padStart(8, '0')}`);
    if (s.pattern.includes('\\d{6}'))
      return fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0'));
    if (s.pattern.includes('[\\w-]{49}')) return fc.stringMatching(/^[\w-]{49}$/);
    if (s.pattern.includes(':[0-5]')) return fc.constantFrom('08:00', '22:30');
    try {
      return fc.stringMatching(new RegExp(s.pattern));
    } catch {
      return fc.constant('x');
    }
  }
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 20, 40));
  return fc.string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'abc 保养刹车轮胎XYZ0123') });
}

export function validArb(s: Schema, ids: string[] = [], depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.length) return fc.oneof(...alts.map((a) => validArb(a, ids, depth + 1)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return stringFor(s, ids);
    case 'integer':
      return fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 1000, 2_000_000_000) });
    case 'number':
      return fc.double({ min: s.minimum ?? 0, max: s.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = s.minItems ?? 0;
      return fc.array(validArb(s.items ?? {}, ids, depth + 1), {
        minLength: min,
        maxLength: Math.max(min, Math.min(s.maxItems ?? 3, 3)),
      });
    }
    case 'object': {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, p] of Object.entries(props)) record[k] = validArb(p, ids, depth + 1);
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in props) });
    }
    default:
      return fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean());
  }
}

/** Values that break something: types, ranges, text a database cannot hold, dates the calendar lacks. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    1e308,
    -1e308,
    0.1,
    '',
    ' ',
    'a\u0000b',
    '\u0000',
    '\uD800',
    '\uDFFF tail',
    'x\r\nforged: line',
    '\u001b[31mred',
    '\u2028',
    '2026-02-30',
    '2026-02-30T10:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2026-13-01',
    '../../etc/passwd',
    "' or 1=1 --",
    '<script>alert(1)</script>',
    '00000000-0000-0000-0000-000000000000',
    [],
    {},
    [null],
    { __proto__: { polluted: true } },
    { constructor: { prototype: { x: 1 } } },
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.constant('x'.repeat(100_000)),
  fc.constant('长'.repeat(20_000)),
);

type Path = (string | number)[];

function paths(value: unknown, here: Path = [], out: Path[] = []): Path[] {
  out.push(here);
  if (value && typeof value === 'object' && here.length < 6) {
    for (const [k, v] of Object.entries(value)) paths(v, [...here, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

function setAt(root: unknown, path: Path, next: unknown | typeof REMOVE): unknown {
  if (path.length === 0) return next === REMOVE ? undefined : next;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path;
  if (rest.length === 0) {
    if (next === REMOVE) {
      if (Array.isArray(copy)) copy.splice(Number(head), 1);
      else delete copy[head!];
    } else copy[head!] = next;
    return copy;
  }
  copy[head!] = setAt(copy[head!], rest, next);
  return copy;
}
const REMOVE = Symbol('remove');

/** One to three mutations of a valid value: replace a node, drop a field, add one, or nest deeply. */
export function mutateArb(valid: unknown): fc.Arbitrary<unknown> {
  const all = paths(valid);
  const one = fc
    .tuple(fc.constantFrom(...all), fc.nat(3), hostileScalar, fc.string({ maxLength: 12 }))
    .map(([path, kind, scalar, key]) => (v: unknown) => {
      if (kind === 0) return setAt(v, path, scalar);
      if (kind === 1 && path.length > 0) return setAt(v, path, REMOVE);
      if (kind === 2) return setAt(v, [...path, key || 'extra'], scalar);
      let deep: unknown = scalar;
      for (let i = 0; i < 200; i++) deep = { a: deep };
      return setAt(v, path, deep);
    });
  return fc.array(one, { minLength: 1, maxLength: 3 }).map((fs) => fs.reduce((v, f) => f(v), valid));
}
