/**
 * Request validation with the shared valibot schemas. The hook answers 400 with the field paths and
 * the schema's own message, never the received value (valibot's default messages echo it).
 */
import { resolver, validator } from 'hono-openapi';
import * as v from 'valibot';
import type { ApiErrorBody } from '@shared/errors.ts';
import { findUnstorable, TEXT_MESSAGE } from '@shared/schema/text.ts';

type Target = 'json' | 'query' | 'param' | 'form';

const issueText = (i: v.BaseIssue<unknown>) => {
  // Our schemas give messages without values; valibot's defaults say "...Received X" or "Expected Y but
  // received X" (the input), so for those, and for any message that contains the input, use the type.
  const echoes =
    /received/i.test(i.message) || (typeof i.input === 'string' && i.input.length > 0 && i.message.includes(i.input));
  return i.message && !echoes ? i.message : `expected ${i.expected ?? i.type}`;
};

export function invalidBody(issues: readonly v.BaseIssue<unknown>[]): ApiErrorBody {
  const list = issues.map((i) => ({ path: v.getDotPath(i) ?? '(body)', code: i.type }));
  const first = issues[0];
  const where = first ? (v.getDotPath(first) ?? 'body') : 'body';
  return {
    error: 'invalid',
    message: first ? `${where}: ${issueText(first)}` : 'The request is not valid.',
    issues: list,
  };
}

/**
 * `opaque`: parts of the input the route validates itself, one by one (a sync push's mutation args are
 * checked per mutation, so one bad mutation is refused without failing the batch).
 */
export function check<T extends Target, S extends v.GenericSchema>(
  target: T,
  schema: S,
  opaque?: (data: unknown) => unknown,
) {
  return validator(target, schema, (result, c) => {
    if (!result.success) {
      return c.json(invalidBody(result.error as unknown as v.BaseIssue<unknown>[]), 400);
    }
    // The net under fields that are a plain v.string(): nothing unstorable gets past validation.
    const bad = findUnstorable(opaque ? opaque(result.data) : result.data);
    if (bad)
      return c.json(
        { error: 'invalid', message: `${bad}: ${TEXT_MESSAGE}`, issues: [{ path: bad, code: 'text' }] },
        400,
      );
  });
}

export const body = <S extends v.GenericSchema>(schema: S, opaque?: (data: unknown) => unknown) =>
  check('json', schema, opaque);
export const query = <S extends v.GenericSchema>(schema: S) => check('query', schema);
export const param = <S extends v.GenericSchema>(schema: S) => check('param', schema);

export const jsonOf = (schema: v.GenericSchema) => ({ 'application/json': { schema: resolver(schema) } });
