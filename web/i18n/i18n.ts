/**
 * Every user-visible string goes through t(). Catalogs are per feature (web/i18n/catalog/*.ts),
 * each with zh (the default, zh-CN) and en, and are namespaced by their registration key:
 * t('vehicles.title'). Templates use {{ name }}.
 */
import * as i18n from '@solid-primitives/i18n';
import { createMemo, createRoot, createSignal } from 'solid-js';
import type { Locale } from '@shared/settings/preferences.schema.ts';
import { catalogs } from './catalogs.ts';

type Catalogs = typeof catalogs;
type ZhDict = { [K in keyof Catalogs]: Catalogs[K]['zh'] };
export type Dict = i18n.Flatten<ZhDict>;

function dictionary(locale: Locale) {
  const side = locale === 'en' ? 'en' : 'zh';
  const nested = Object.fromEntries(Object.entries(catalogs).map(([k, c]) => [k, c[side]])) as unknown as ZhDict;
  return i18n.flatten(nested);
}

const initial: Locale = (() => {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('pitlane.locale');
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
})();

const store = createRoot(() => {
  const [locale, setLocaleSignal] = createSignal<Locale>(initial);
  const dict = createMemo(() => dictionary(locale()));
  const t = i18n.translator(dict, i18n.resolveTemplate);
  return { locale, setLocaleSignal, t };
});

export const locale = store.locale;
export const t = store.t;
export const useT = () => store.t;

/** Applies a locale to the document (lang attribute, remembered for the sign-in screen). */
export function applyLocale(next: Locale) {
  store.setLocaleSignal(next);
  document.documentElement.lang = next;
  localStorage.setItem('pitlane.locale', next);
}

/** The BCP-47 tag for Intl formatting. */
export const intlLocale = () => (locale() === 'en' ? 'en-GB' : 'zh-CN');

/** Picks the right side of a server-provided pair ({ zh, en } or nameZh/nameEn). */
export const pick = (zh: string, en: string | null | undefined) => (locale() === 'en' && en ? en : zh);
