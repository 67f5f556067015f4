/** The staff console's calls to the timeline API, and the words both staff screens share. */
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import type { BuildDelivery, Delivery } from '@shared/timeline/delivery.schema.ts';
import type {
  Board,
  CheckIn,
  Compensation,
  PostEvent,
  StaffVisit,
  TimelineEvent,
} from '@shared/timeline/timeline.schema.ts';
import { formatTime } from '@shared/time.ts';
import { intlLocale } from '../../i18n/i18n.ts';
import { staffGet, staffPost, staffUpload } from '../staff-api.ts';

const base = '/api/staff/timeline';

export const loadBoard = () => staffGet<Board>(`${base}/board`);
export const loadVisit = (id: string) => staffGet<StaffVisit>(`${base}/visits/${id}`);
export const findCustomers = (q: string) => staffGet<CustomerCard[]>(`/api/staff/customers?q=${encodeURIComponent(q)}`);
export const checkIn = (input: CheckIn) => staffPost<StaffVisit>(`${base}/check-in`, input);
export const setEstimate = (id: string, estimateMinutes: number) =>
  staffPost(`${base}/visits/${id}/estimate`, { estimateMinutes });
export const postDelay = (
  id: string,
  input: { remainingMinutes: number; reason: string; compensation: Compensation[] },
) => staffPost<TimelineEvent>(`${base}/visits/${id}/delay`, input);
export const postEarlyFinish = (id: string) => staffPost<TimelineEvent>(`${base}/visits/${id}/early-finish`, {});
export const saveDelivery = (id: string, input: BuildDelivery) =>
  staffPost<Delivery>(`${base}/visits/${id}/delivery`, input, 'PUT');

/** Posts a step, then attaches each photo to it (the customer sees the step at once, photos as they land). */
export async function postEvent(id: string, input: PostEvent, photos: readonly File[]) {
  const event = await staffPost<TimelineEvent>(`${base}/visits/${id}/events`, input);
  for (const file of photos) {
    const form = new FormData();
    form.set('file', file);
    form.set('ownerKind', 'timeline_event');
    form.set('ownerId', event.id);
    form.set('role', 'event');
    await staffUpload('/api/staff/media', form);
  }
  return event;
}

/** Staff see times in the center's zone, as the customer does. */
export const staffTime = (iso: string | null, zone: string) => (iso ? formatTime(iso, zone, intlLocale()) : '—');
