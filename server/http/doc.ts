import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { jsonOf } from './validate.ts';

export const ErrorBodySchema = v.object({
  error: v.string(),
  message: v.string(),
  issues: v.optional(v.array(v.object({ path: v.string(), code: v.string() }))),
});

export const OkSchema = v.object({ ok: v.literal(true) });

type Access = 'public' | 'customer' | 'staff' | 'link';

/** OpenAPI description of one route: its answer schema, who may call it, and the error answers. */
export function doc(opts: {
  summary: string;
  tags: string[];
  response: v.GenericSchema;
  access: Access;
  status?: number;
}) {
  const errors = { 400: { description: 'Invalid input', content: jsonOf(ErrorBodySchema) } } as Record<string, object>;
  if (opts.access !== 'public') errors[401] = { description: 'Not signed in', content: jsonOf(ErrorBodySchema) };
  if (opts.access === 'staff') errors[403] = { description: 'Role not allowed', content: jsonOf(ErrorBodySchema) };
  if (opts.access !== 'public')
    errors[404] = { description: 'Not found or not yours', content: jsonOf(ErrorBodySchema) };
  return describeRoute({
    summary: opts.summary,
    tags: opts.tags,
    ...(opts.access === 'public' ? {} : { security: [{ cookie: [] }] }),
    responses: { [opts.status ?? 200]: { description: 'OK', content: jsonOf(opts.response) }, ...errors },
  });
}
