/** The staff booking screens' calls and small helpers (times in the center's zone, always 24 h). */
import type { CapacityExceptionInput, ProposeVisit, WeeklyCapacity } from '@shared/booking/staff-booking.schema.ts';
import { addDays, formatTime, zonedDate } from '@shared/time.ts';
import { call, staffApi } from '../staff-client.ts';

const api = staffApi.booking;

export const loadCenter = () => call(api.center.$get());
export const loadDay = (date: string) => call(api.day.$get({ query: { date } }));
export const loadSlots = (serviceTypeId: string, from: string, days = 3) =>
  call(api.slots.$get({ query: { serviceTypeId, from, days: String(days) } }));
export const addException = (json: CapacityExceptionInput) => call(api.exceptions.$post({ json }));
export const removeException = (id: string) => call(api.exceptions[':id'].$delete({ param: { id } }));
export const saveCapacity = (json: WeeklyCapacity) => call(api.capacity.$put({ json }));
export const propose = (json: ProposeVisit) => call(api.proposals.$post({ json }));

export const todayIn = (tz: string) => zonedDate(new Date(), tz);
export const shiftDate = (date: string, days: number) => addDays(date, days);
export const hhmm = (iso: string, tz: string) => formatTime(iso, tz, 'zh-CN');
/** Minutes since midnight ⇄ "08:30". */
export const minuteText = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
export const parseMinute = (s: string) => {
  const [h, m] = s.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
