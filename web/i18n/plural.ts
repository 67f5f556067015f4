/**
 * The plural form of a count in the current language, for catalog entries written as
 * `{ one: '{{ n }} item', other: '{{ n }} items' }` (Chinese has one form: both say the same):
 * t(`quotes.items.${pluralOf(n)}`, { n }). Never "item(s)".
 */
import { intlLocale } from './i18n.ts';

const rules = new Map<string, Intl.PluralRules>();

export function pluralOf(n: number): 'one' | 'other' {
  const locale = intlLocale();
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r.select(n) === 'one' ? 'one' : 'other';
}
