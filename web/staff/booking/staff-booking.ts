/** The staff booking screens' calls and small helpers (times in the center's zone). */
import type { DaySlots } from '@shared/booking/slot.schema.ts';
import type {
  CapacityException,
  CapacityExceptionInput,
  StaffBooking,
  StaffDay,
  WeeklyCapacity,
} from '@shared/booking/staff-booking.schema.ts';
import type { Center } from '@shared/center/center.schema.ts';
import { addDays, formatTime, zonedDate } from '@shared/time.ts';
import { staffGet, staffPost } from '../staff-api.ts';

export const loadCenter = () => staffGet<Center>('/api/staff/booking/center');
export const loadDay = (date: string) => staffGet<StaffDay>(`/api/staff/booking/day?date=${date}`);
export const loadSlots = (serviceTypeId: string, from: string, days = 3) =>
  staffGet<DaySlots[]>(`/api/staff/booking/slots?serviceTypeId=${serviceTypeId}&from=${from}&days=${days}`);
export const addException = (input: CapacityExceptionInput) =>
  staffPost<{ exception: CapacityException; conflicts: StaffBooking[] }>('/api/staff/booking/exceptions', input);
export const removeException = (id: string) =>
  staffPost<{ ok: true }>(`/api/staff/booking/exceptions/${id}`, {}, 'DELETE');
export const saveCapacity = (input: WeeklyCapacity) => staffPost<Center>('/api/staff/booking/capacity', input, 'PUT');

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
