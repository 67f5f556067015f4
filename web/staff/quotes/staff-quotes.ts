/** The staff quote console's API calls and small helpers (staff work online: nothing is mirrored). */
import { formatFen } from '@shared/money.ts';
import type { CreateQuote, ReviseQuote, StaffQuote, StaffVisitQuotes } from '@shared/quotes/staff-quote.schema.ts';
import { CENTER_TIME_ZONE_DEFAULT, formatDateTime } from '@shared/time.ts';
import { intlLocale } from '../../i18n/i18n.ts';
import { staffGet, staffPost } from '../staff-api.ts';

export type SendResult = { quote: StaffQuote; link: { url: string; path: string; expiresAt: string } };

export const loadVisits = () => staffGet<StaffVisitQuotes[]>('/api/staff/quotes/visits');
export const loadQuote = (id: string) => staffGet<StaffQuote>(`/api/staff/quotes/${id}`);
export const createQuote = (input: CreateQuote) => staffPost<StaffQuote>('/api/staff/quotes', input);
export const reviseQuote = (id: string, input: ReviseQuote) =>
  staffPost<StaffQuote>(`/api/staff/quotes/${id}/revise`, input);
export const sendQuote = (id: string) => staffPost<SendResult>(`/api/staff/quotes/${id}/send`, {});
export const newLink = (id: string) => staffPost<SendResult>(`/api/staff/quotes/${id}/link`, {});

export const yuanText = (fen: number) => formatFen(fen, intlLocale());
export const staffTime = (iso: string | null) =>
  iso ? formatDateTime(iso, CENTER_TIME_ZONE_DEFAULT, intlLocale()) : '—';
export const toFen = (yuan: string) => Math.round(Number(yuan || '0') * 100);
export const toYuan = (fen: number) => String(fen / 100);
