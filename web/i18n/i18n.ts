/**
 * Every user-visible string goes through t(). Catalogs are per feature and per language
 * (web/i18n/catalog/<feature>-zh.ts, zh-CN the default, and <feature>-en.ts), namespaced by their
 * registration key in catalogs.ts: t('vehicles.title'). Templates use {{ name }}.
 *
 * Only the current language is downloaded, one namespace at a time: a route loads its screen's
 * namespaces with its chunk (loadCatalogs, web/app/screen.ts), and a t() call for a namespace not yet
 * here reads it as a resource, so the nearest <Suspense> waits for it instead of showing empty words.
 * Switching language keeps the old words on screen until every namespace in use has arrived in the new one.
 */
import * as i18n from '@solid-primitives/i18n';
import { createResource, createRoot, createSignal, type Resource } from 'solid-js';
import type { Locale } from '@shared/settings/preferences.schema.ts';
import { catalogs } from './catalogs.ts';

type Catalogs = typeof catalogs;
export type Namespace = keyof Catalogs;
type ZhDict = { [K in Namespace]: Awaited<ReturnType<Catalogs[K]['zh']>>['default'] };
export type Dict = i18n.Flatten<ZhDict>;
type Side = 'zh' | 'en';
type Flat = Record<string, unknown>;

const sideOf = (l: Locale): Side => (l === 'en' ? 'en' : 'zh');
const isNamespace = (ns: string): ns is Namespace => Object.hasOwn(catalogs, ns);

const initial: Locale = (() => {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('pitlane.locale');
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
})();

/** Flattened namespaces that have arrived, and the downloads under way, per language. */
const arrived: Record<Side, Map<Namespace, Flat>> = { zh: new Map(), en: new Map() };
const underWay = new Map<string, Promise<Flat>>();

function fetchNamespace(side: Side, ns: Namespace): Promise<Flat> {
  const key = `${side}:${ns}`;
  let pending = underWay.get(key);
  if (!pending) {
    pending = (catalogs[ns][side]() as Promise<{ default: object }>).then(
      (m) => {
        const flat = i18n.flatten({ [ns]: m.default }) as Flat;
        arrived[side].set(ns, flat);
        return flat;
      },
      (e: unknown) => {
        underWay.delete(key); // a later call tries again (e.g. back online)
        throw e;
      },
    );
    underWay.set(key, pending);
  }
  return pending;
}

/** One resource per language and namespace, read by t(): pending → the nearest Suspense waits. */
const resources = new Map<string, Resource<Flat>>();
function resourceFor(side: Side, ns: Namespace): Resource<Flat> {
  const key = `${side}:${ns}`;
  let res = resources.get(key);
  if (!res) {
    // Already here: answered synchronously, so reading it never suspends.
    res = createRoot(() => createResource(() => arrived[side].get(ns) ?? fetchNamespace(side, ns))[0]);
    resources.set(key, res);
    // A failed download is forgotten, so the next read (a retry) starts a new one.
    fetchNamespace(side, ns).catch(() => resources.delete(key));
  }
  return res;
}

const store = createRoot(() => {
  const [locale, setLocaleSignal] = createSignal<Locale>(initial);
  const translate = (path: string, args?: Record<string, string | number>) => {
    const ns = path.slice(0, path.indexOf('.'));
    if (!isNamespace(ns)) return undefined;
    const value = resourceFor(sideOf(locale()), ns)()?.[path];
    return typeof value === 'string' ? i18n.resolveTemplate(value, args ?? {}) : value;
  };
  return { locale, setLocaleSignal, t: translate as i18n.Translator<Dict> };
});

export const locale = store.locale;
export const t = store.t;
export const useT = () => store.t;

/** Downloads these namespaces in the current language (with a route's chunk); resolves when all are here. */
export async function loadCatalogs(...namespaces: Namespace[]): Promise<void> {
  const side = sideOf(locale());
  await Promise.all(namespaces.map((ns) => fetchNamespace(side, ns)));
}

/** Downloads the other language of every namespace in use, so a switch shows at once, offline too. */
export async function loadOtherLanguage(): Promise<void> {
  const other: Side = sideOf(locale()) === 'zh' ? 'en' : 'zh';
  await Promise.all([...arrived[sideOf(locale())].keys()].map((ns) => fetchNamespace(other, ns))).catch(
    () => undefined,
  );
}

let switching = 0;
/** Applies a locale to the document (lang attribute, remembered for the sign-in screen). */
export async function applyLocale(next: Locale) {
  localStorage.setItem('pitlane.locale', next);
  const ticket = ++switching;
  const inUse = new Set([...arrived.zh.keys(), ...arrived.en.keys()]);
  await Promise.all([...inUse].map((ns) => fetchNamespace(sideOf(next), ns))).catch(() => undefined);
  if (ticket !== switching) return; // a later switch won
  store.setLocaleSignal(next);
  document.documentElement.lang = next;
}

/** The BCP-47 tag for Intl formatting. */
export const intlLocale = () => (locale() === 'en' ? 'en-GB' : 'zh-CN');

/** Picks the right side of a server-provided pair ({ zh, en } or nameZh/nameEn). */
export const pick = (zh: string, en: string | null | undefined) => (locale() === 'en' && en ? en : zh);
