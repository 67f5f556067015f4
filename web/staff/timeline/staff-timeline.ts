/** The staff console's calls to the timeline API, and the words both staff screens share. */
import type { BuildDelivery } from '@shared/timeline/delivery.schema.ts';
import type { CheckIn, Compensation, PostEvent } from '@shared/timeline/timeline.schema.ts';
import { formatTime } from '@shared/time.ts';
import { intlLocale } from '../../i18n/i18n.ts';
import { call, staffApi, uploadMedia, uploadVideo } from '../staff-client.ts';
import { posterFrame } from './poster-frame.ts';

const api = staffApi.timeline;
const visit = api.visits[':id'];

export const loadBoard = () => call(api.board.$get());
export const loadVisit = (id: string) => call(visit.$get({ param: { id } }));
export const checkIn = (json: CheckIn) => call(api['check-in'].$post({ json }));
export const setEstimate = (id: string, estimateMinutes: number) =>
  call(visit.estimate.$post({ param: { id }, json: { estimateMinutes, note: null } }));
export const postDelay = (
  id: string,
  json: { remainingMinutes: number; reason: string; compensation: Compensation[] },
) => call(visit.delay.$post({ param: { id }, json }));
export const postEarlyFinish = (id: string) =>
  call(visit['early-finish'].$post({ param: { id }, json: { note: null } }));
export const saveDelivery = (id: string, json: BuildDelivery) => call(visit.delivery.$put({ param: { id }, json }));

/**
 * Posts a step, then attaches each photo and clip to it (the customer sees the step at once, media as
 * it lands); a clip goes with a poster frame grabbed here.
 */
export async function postEvent(id: string, json: PostEvent, photos: readonly File[], clips: readonly File[] = []) {
  const event = await call(visit.events.$post({ param: { id }, json }));
  for (const file of photos) {
    const form = new FormData();
    form.set('file', file);
    form.set('ownerKind', 'timeline_event');
    form.set('ownerId', event.id);
    form.set('role', 'event');
    await uploadMedia(form);
  }
  for (const file of clips) {
    const form = new FormData();
    form.set('file', file);
    form.set('poster', await posterFrame(file), 'poster.jpg');
    form.set('ownerKind', 'timeline_event');
    form.set('ownerId', event.id);
    await uploadVideo(form);
  }
  return event;
}

/** Staff see times in the center's zone, as the customer does. */
export const staffTime = (iso: string | null, zone: string) => (iso ? formatTime(iso, zone, intlLocale()) : '—');
