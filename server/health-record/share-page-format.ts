/** The share page's formats: the app's own (20,000 公里, 2024年10月18日), HTML-escaped. */
import { formatDateTime } from '@shared/time.ts';
import type { ShareWords } from './share-page-words.ts';

export const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export const kmText = (n: number, locale: string, w: ShareWords) =>
  `${new Intl.NumberFormat(locale).format(Math.round(n))} ${w.kmUnit}`;

/** A calendar date ("2024-10-18") as words, without shifting it through a time zone. */
export const dayText = (date: string, locale: string) => formatDateTime(`${date}T12:00:00Z`, 'UTC', locale, false);

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
