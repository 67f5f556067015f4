/**
 * The catalog registry and the loader: every namespace has a Chinese and an English module with the
 * same keys and no empty words; t() knows a namespace only once it is loaded, in the current language
 * only; a language switch brings every namespace in use along before it shows.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { catalogs } from './catalogs.ts';

// Node resolves solid-js to its server build, whose resources never load on the client side: use the browser's.
// @ts-expect-error the browser build ships no declarations of its own (they are solid-js's).
vi.mock('solid-js', () => import('../../node_modules/solid-js/dist/solid.js'));

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`),
  );

beforeAll(() => {
  // The loader remembers the language in localStorage and sets <html lang>; Node has neither.
  const store = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) },
    document: { documentElement: { lang: 'zh-CN' } },
  });
});

describe('catalogs', () => {
  for (const [ns, pair] of Object.entries(catalogs)) {
    it(`${ns}: zh and en have the same keys, none empty`, async () => {
      const zh = leaves((await pair.zh()).default as Tree);
      const en = leaves((await pair.en()).default as Tree);
      expect(zh.length).toBeGreaterThan(0);
      expect(en.map(([k]) => k).sort()).toEqual(zh.map(([k]) => k).sort());
      for (const [k, v] of [...zh, ...en]) expect(v.trim(), `${ns}.${k}`).not.toBe('');
    });
  }
});

describe('the loader', () => {
  it('answers a namespace once loaded, in the current language, and switches with every namespace in use', async () => {
    const { t, loadCatalogs, applyLocale, locale } = await import('./i18n.ts');
    expect(locale()).toBe('zh-CN');
    expect(t('vehicles.title')).toBeUndefined();
    await loadCatalogs('vehicles', 'app');
    expect(t('vehicles.title')).toBe('我的车辆');
    expect(t('vehicles.km', { n: 12 })).toBe('12 公里');

    await applyLocale('en');
    expect(locale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('vehicles.title')).toBe('My vehicles');
    expect(t('app.nav.vehicles')).toBe('Vehicles');
    expect(t('booking.title')).toBeUndefined(); // never asked for: not downloaded
    await loadCatalogs('booking');
    expect(t('booking.title')).toBe('Booking');
  });
});
