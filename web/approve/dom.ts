/**
 * The link page's tiny toolkit: an element builder, the page's words (the quotes catalog's shared part,
 * in the phone's language), and formatting in the center's time zone. No framework: the page must
 * load fast on a weak network from a text message.
 */
import { formatFen } from '@shared/money.ts';
import zh from '../i18n/catalog/quotes-page-zh.ts';

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
const words: unknown = lang === 'en' ? (await import('../i18n/catalog/quotes-page-en.ts')).default : zh;
const intl = lang === 'en' ? 'en-GB' : 'zh-CN';

/** `t('link.expires', { time })`: a dotted key into the shared quote words, with {{ name }} templates. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = words;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

export const money = (fen: number) => formatFen(fen, intl);

let zone = 'Asia/Shanghai';
export const setZone = (z: string) => {
  zone = z;
};
export const getZone = () => zone;
export const when = (iso: string, withTime = true) =>
  new Intl.DateTimeFormat(intl, {
    timeZone: zone,
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : { year: 'numeric' }),
  }).format(new Date(iso));
