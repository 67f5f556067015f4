import * as v from 'valibot';

export const UuidSchema = v.pipe(v.string(), v.uuid('must be a UUID'));
export const IdParamSchema = v.object({ id: UuidSchema });

/** Mainland mobile numbers: 11 digits starting with 1 (spaces and dashes are removed first). */
export const PhoneSchema = v.pipe(
  v.string('must be a string'),
  v.transform((s) => s.replace(/[\s-]/g, '')),
  v.regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mobile number'),
);

export const IsoDateTimeSchema = v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp'));
export const IsoDateSchema = v.pipe(v.string(), v.isoDate('must be a YYYY-MM-DD date'));
export const FenSchema = v.pipe(v.number(), v.integer('must be integer fen'), v.minValue(0));
