/**
 * A receipt (发票) request on a visit's bill: who it is made out to — the customer personally or a
 * company with its taxpayer id (纳税人识别号) — and the email it is sent to. One schema for the form
 * and the server, so both refuse the same things.
 */
import * as v from 'valibot';
import { UuidSchema } from '../ids.ts';
import { text } from '../schema/text.ts';

// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from this alphabet,
// the last a check character over the first 17.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function validUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(code[i]!) * USCC_WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === code[17];
}

/**
 * A taxpayer id: an 18-character unified social credit code with a valid check character, or an
 * older 15- or 20-character registration number (still printed on some companies' papers).
 */
export const validTaxpayerId = (id: string) => validUscc(id) || /^[0-9A-Z]{15}$|^[0-9A-Z]{20}$/.test(id);

const normalisedId = v.pipe(
  text(),
  v.transform((s) => s.replace(/\s+/g, '').toUpperCase()),
  v.check(validTaxpayerId, 'must be a valid taxpayer id (18-character unified social credit code)'),
);

const name = (max: number) =>
  v.pipe(text(), v.trim(), v.minLength(2, 'is required'), v.maxLength(max, `must be at most ${max} characters`));

export const FapiaoTitleSchema = v.variant('kind', [
  v.object({ kind: v.literal('personal'), name: name(40) }),
  v.object({ kind: v.literal('company'), companyName: name(100), taxpayerId: normalisedId }),
]);
export type FapiaoTitle = v.InferOutput<typeof FapiaoTitleSchema>;

export const FapiaoEmailSchema = v.pipe(
  text(),
  v.trim(),
  v.maxLength(120, 'is too long'),
  v.email('must be an email address'),
);

export const RequestFapiaoArgsSchema = v.object({
  visitId: UuidSchema,
  title: FapiaoTitleSchema,
  email: FapiaoEmailSchema,
});
export type RequestFapiaoArgs = v.InferOutput<typeof RequestFapiaoArgsSchema>;

/** The request as the bill row shows it (requestedAt: the server's time of the latest request). */
export type FapiaoRequestView = { title: FapiaoTitle; email: string; requestedAt: string };
