import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { invalidBody } from './validate.ts';

/** A value no schema accepts and no message should ever contain. */
const MARK = 'ECHO<mark>7f3a';

const cases: [string, v.GenericSchema, unknown][] = [
  ['regex without a message', v.object({ a: v.pipe(v.string(), v.regex(/^\d$/)) }), { a: MARK }],
  ['wrong type', v.object({ a: v.number() }), { a: MARK }],
  ['not an object', v.object({}), MARK],
  ['email', v.object({ a: v.pipe(v.string(), v.email()) }), { a: MARK }],
  ['picklist', v.object({ a: v.picklist(['x', 'y']) }), { a: MARK }],
  ['literal', v.object({ a: v.literal('ok') }), { a: MARK }],
  ['iso timestamp', v.object({ a: v.pipe(v.string(), v.isoTimestamp()) }), { a: MARK }],
  [
    'custom message quoting the input',
    v.object({
      a: v.pipe(
        v.string(),
        v.check(() => false, `bad ${MARK}`),
      ),
    }),
    { a: MARK },
  ],
  ['nested', v.object({ a: v.object({ b: v.array(v.pipe(v.string(), v.uuid())) }) }), { a: { b: [MARK] } }],
];

describe('invalidBody', () => {
  it.each(cases)('%s: names the field, never echoes the input', (_name, schema, input) => {
    const r = v.safeParse(schema, input);
    expect(r.success).toBe(false);
    const body = invalidBody(r.issues!);
    expect(body.error).toBe('invalid');
    expect(body.message.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain(MARK);
    expect(body.issues?.[0]?.path).toBeTruthy();
  });

  it('keeps our own messages', () => {
    const r = v.safeParse(v.object({ code: v.pipe(v.string(), v.regex(/^\d{6}$/, 'must be 6 digits')) }), {
      code: MARK,
    });
    expect(invalidBody(r.issues!).message).toBe('code: must be 6 digits');
  });

  it('gives the dotted path of a nested field', () => {
    const r = v.safeParse(v.object({ a: v.object({ b: v.number() }) }), { a: { b: MARK } });
    expect(invalidBody(r.issues!)).toMatchObject({
      message: 'a.b: expected number',
      issues: [{ path: 'a.b', code: 'number' }],
    });
  });
});
