/** The customer's service center (mirrored), and times shown in its time zone. */
import { ENTITIES } from '@shared/sync/entities.ts';
import { CENTER_TIME_ZONE_DEFAULT, formatDateTime, formatTime } from '@shared/time.ts';
import { createRoot } from 'solid-js';
import { intlLocale } from '../i18n/i18n.ts';
import { liveSingle } from '../sync/records.ts';

const center = createRoot(() => liveSingle(ENTITIES.center));

export const useCenter = () => center;
export const centerZone = () => center()?.timeZone ?? CENTER_TIME_ZONE_DEFAULT;
export const fmtDateTime = (iso: string) => formatDateTime(iso, centerZone(), intlLocale());
export const fmtDate = (iso: string) => formatDateTime(iso, centerZone(), intlLocale(), false);
export const fmtTime = (iso: string) => formatTime(iso, centerZone(), intlLocale());
/** A calendar date ("2028-10-17") as words, without shifting it through a time zone. */
export const fmtDay = (date: string) => formatDateTime(`${date}T12:00:00Z`, 'UTC', intlLocale(), false);
