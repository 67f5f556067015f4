/** The staff quote console's API calls and small helpers (staff work online: nothing is mirrored). */
import { formatFen } from '@shared/money.ts';
import type { CreateQuote, ReviseQuote } from '@shared/quotes/staff-quote.schema.ts';
import { CENTER_TIME_ZONE_DEFAULT, formatDateTime } from '@shared/time.ts';
import { intlLocale, type useT } from '../../i18n/i18n.ts';
import { call, staffApi } from '../staff-client.ts';

const api = staffApi.quotes;
const quote = api[':id'];

export const loadVisits = () => call(api.visits.$get());
export const loadQuote = (id: string) => call(quote.$get({ param: { id } }));
export const createQuote = (json: CreateQuote) => call(api.$post({ json }));
export const reviseQuote = (id: string, json: ReviseQuote) => call(quote.revise.$post({ param: { id }, json }));
export const sendQuote = (id: string) => call(quote.send.$post({ param: { id }, json: {} }));
export const newLink = (id: string) => call(quote.link.$post({ param: { id }, json: {} }));
export const withdrawQuote = (id: string) => call(quote.withdraw.$post({ param: { id }, json: {} }));

export const yuanText = (fen: number) => formatFen(fen, intlLocale());
export const staffTime = (iso: string | null) =>
  iso ? formatDateTime(iso, CENTER_TIME_ZONE_DEFAULT, intlLocale()) : '—';
export const toFen = (yuan: string) => Math.round(Number(yuan || '0') * 100);
export const toYuan = (fen: number) => String(fen / 100);

/** The editor's field names for a refusal found before sending ("please check 'line title'"). */
export const quoteLabels = (t: ReturnType<typeof useT>) => ({
  title: t('quotes.staff.quoteTitle'),
  note: t('quotes.staff.note'),
  reason: t('quotes.staff.reason'),
  lines: t('quotes.staff.lineTitle'),
});
