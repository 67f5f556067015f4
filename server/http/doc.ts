import { toJsonSchema } from '@valibot/to-json-schema';
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

/**
 * OpenAPI description of one route: its answer schema, who may call it, and the error answers.
 * `link` routes are authorised by a signed link (no cookie needed), so they carry no security and no 401.
 * `upload` documents a multipart body (its text fields; the file is `file`); `contentType` a non-JSON answer.
 */
export function doc(opts: {
  summary: string;
  tags: string[];
  response: v.GenericSchema;
  access: Access;
  status?: number;
  upload?: v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;
  contentType?: string;
}) {
  const signedIn = opts.access === 'customer' || opts.access === 'staff';
  const errors = { 400: { description: 'Invalid input', content: jsonOf(ErrorBodySchema) } } as Record<string, object>;
  if (signedIn) errors[401] = { description: 'Not signed in', content: jsonOf(ErrorBodySchema) };
  if (opts.access === 'staff') errors[403] = { description: 'Role not allowed', content: jsonOf(ErrorBodySchema) };
  if (opts.access !== 'public')
    errors[404] = { description: 'Not found or not yours', content: jsonOf(ErrorBodySchema) };
  const content = opts.contentType
    ? { [opts.contentType]: { schema: { type: 'string', format: 'binary' } } }
    : jsonOf(opts.response);
  return describeRoute({
    summary: opts.summary,
    tags: opts.tags,
    ...(signedIn ? { security: [{ cookie: [] }] } : {}),
    ...(opts.upload ? { requestBody: { required: true, content: multipartOf(opts.upload) } } : {}),
    responses: { [opts.status ?? 200]: { description: 'OK', content }, ...errors },
  });
}

/** A multipart body: the schema's text fields plus the uploaded `file`. */
function multipartOf(fields: v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>) {
  const schema = toJsonSchema(v.object({ ...fields.entries, file: v.string() }), { errorMode: 'ignore' });
  const { $schema: _, ...rest } = schema as Record<string, unknown> & { properties: Record<string, object> };
  (rest.properties as Record<string, object>).file = { type: 'string', format: 'binary' };
  return { 'multipart/form-data': { schema: rest } };
}
