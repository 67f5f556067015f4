import * as v from 'valibot';
import { APP_ERROR_CODES } from './errors.ts';

/** An error answer as the web reads it (ApiErrorBody in errors.ts), so a page never casts one. */
export const ApiErrorBodySchema = v.object({
  error: v.picklist(APP_ERROR_CODES),
  message: v.string(),
  issues: v.optional(v.array(v.object({ path: v.string(), code: v.string() }))),
  details: v.optional(v.record(v.string(), v.unknown())),
});
