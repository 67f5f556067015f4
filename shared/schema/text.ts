/**
 * Text a database can store. PostgreSQL refuses a NUL character in text and jsonb, and a lone UTF-16
 * surrogate (half of an emoji, from a cut string or a hostile client) cannot be encoded as UTF-8 at all;
 * such input is invalid input, refused with a 400 naming the field, not a database error later. Every
 * free-text input schema starts from `text()`; `storableDeep` checks every string inside a value
 * (request bodies, mutation args) as the safety net for fields that are plain `v.string()`.
 */
import * as v from 'valibot';

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

export const TEXT_MESSAGE = 'must not contain NUL or broken characters';

/** A string that can be stored: the base of every free-text input schema. */
export const text = () => v.pipe(v.string(), v.check(isStorableText, TEXT_MESSAGE));

/** The path of the first unstorable string inside a JSON-like value (keys count too), or null. */
export function findUnstorable(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path || '(body)';
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findUnstorable(value[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  for (const [k, item] of Object.entries(value)) {
    const here = path ? `${path}.${k}` : k;
    if (!isStorableText(k)) return here;
    const hit = findUnstorable(item, here, depth + 1);
    if (hit) return hit;
  }
  return null;
}
