import * as v from 'valibot';
import { calendarDate, calendarTimestamp } from './schema/dates.ts';
import { FEN_MAX } from './schema/numbers.ts';

export const UuidSchema = v.pipe(v.string(), v.uuid('must be a UUID'));
export const IdParamSchema = v.object({ id: UuidSchema });

/** Mainland mobile numbers: 11 digits starting with 1 (spaces and dashes are removed first). */
export const PhoneSchema = v.pipe(
  v.string('must be a string'),
  v.transform((s) => s.replace(/[\s-]/g, '')),
  v.regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mobile number'),
);

export const IsoDateTimeSchema = calendarTimestamp();
export const IsoDateSchema = calendarDate();
export const FenSchema = v.pipe(v.number(), v.integer('must be integer fen'), v.minValue(0), v.maxValue(FEN_MAX));
