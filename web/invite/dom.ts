/**
 * The invite page's toolkit: an element builder and its words in the phone's language. No framework,
 * router or database: the friend opens it cold from a chat or a QR code, often on a weak network.
 */
import zh from '../i18n/catalog/referral-invite-zh.ts';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | boolean | number | EventListener | undefined>;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

export const lang: 'zh' | 'en' = /^en\b/i.test(navigator.language) ? 'en' : 'zh';
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
// Chinese is built in; English is fetched only by phones set to English.
const words: unknown = lang === 'en' ? (await import('../i18n/catalog/referral-invite-en.ts')).default : zh;

/** `t('form.sent', { phone })`: a dotted key into the page's words, with {{ name }} templates. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = words;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

/** "2026-12-05" → "12月5日 周六" / "Sat 5 Dec" (a calendar day: no zone shift). */
export const day = (date: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(`${date}T12:00:00Z`));

export const addDays = (date: string, n: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};
