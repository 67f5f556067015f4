/**
 * Numbers carry the range of the column they are stored in, so an out-of-range value is a 400 naming
 * the field instead of a database error: `integer` columns are 32-bit, `bigint` ones are read back as
 * JS numbers (so no larger than 2^53 - 1).
 */
import * as v from 'valibot';

export const INT4_MAX = 2_147_483_647;
export const SAFE_INT_MAX = Number.MAX_SAFE_INTEGER;
/** One money amount in fen: up to ¥1,000,000, so a quote's sum of lines stays far inside an int4. */
export const FEN_MAX = 100_000_000;

/** A whole number in [min, max] (max defaults to the int4 column's). */
export const int = (min = 0, max = INT4_MAX, message?: string) =>
  v.pipe(v.number(), v.integer(message), v.minValue(min), v.maxValue(max));
