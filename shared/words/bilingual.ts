/**
 * Words the workshop writes, in the customer's language.
 *
 * Structured values (a car's colour and model, a finding's component) come from catalogs that name
 * each value in both languages; the stored value is the center's own (Chinese) name, so what SMS,
 * the share page and old rows hold stays readable, and a value outside the catalog is shown as
 * written. Free text (a note, advice, a step) is never machine-translated: it is shown as written,
 * marked with the language it is in, unless staff gave an English text beside it.
 */
import type { Locale } from '../settings/preferences.schema.ts';

export type Bilingual = { readonly zh: string; readonly en: string };

/** Text to show and the language it is in (for the element's `lang`). */
export type Shown = { text: string; lang: Locale };

const HAN = /\p{Script=Han}/u;

/** The language a piece of free text is written in: Chinese if it holds any Han character. */
export const writtenLang = (text: string): Locale => (HAN.test(text) ? 'zh-CN' : 'en');

const normal = (s: string) => s.trim().toLowerCase();

/** The catalog entry a stored value names, by either of its names. */
export const catalogEntry = (catalog: readonly Bilingual[], stored: string): Bilingual | undefined => {
  const key = normal(stored);
  return catalog.find((e) => normal(e.zh) === key || normal(e.en) === key);
};

/** A catalog value in `locale`; outside the catalog, as written. */
export function catalogName(catalog: readonly Bilingual[], stored: string, locale: Locale): Shown {
  const entry = catalogEntry(catalog, stored);
  if (!entry) return { text: stored, lang: writtenLang(stored) };
  return locale === 'en' ? { text: entry.en, lang: 'en' } : { text: entry.zh, lang: writtenLang(entry.zh) };
}

/** Free text in `locale`: the English text staff gave, else the text as written. */
export function freeText(text: string, en: string | null | undefined, locale: Locale): Shown {
  if (locale === 'en' && en) return { text: en, lang: 'en' };
  return { text, lang: writtenLang(text) };
}
