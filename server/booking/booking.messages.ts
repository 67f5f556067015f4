/**
 * The words of booking notifications, in both languages (seed 000's "3 reminders": at once,
 * 24 h before, 2 h before), and the prep checklist (seed 003: what to bring, the issues the
 * customer mentioned, what the center prepares).
 */
import type { Checklist } from '@shared/booking/booking.schema.ts';
import type { LocalizedText } from '@shared/notifications/notification.schema.ts';
import type { CenterQueue } from '@shared/booking/queue.ts';
import { formatTime } from '@shared/time.ts';

export type MessageContext = {
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  service: LocalizedText;
  center: { name: string; nameEn: string; address: string; addressEn: string };
};

const when = (at: Date, tz: string): LocalizedText => {
  const zhDay = new Intl.DateTimeFormat('zh-CN', {
    timeZone: tz,
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).format(at);
  const enDay = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at);
  return {
    zh: `${zhDay} ${formatTime(at.toISOString(), tz, 'zh-CN')}`,
    en: `${enDay}, ${formatTime(at.toISOString(), tz, 'en-GB')}`,
  };
};

const duration = (minutes: number): LocalizedText =>
  minutes % 30 === 0 && minutes >= 60
    ? { zh: `${minutes / 60}小时`, en: `${minutes / 60} h` }
    : { zh: `${minutes}分钟`, en: `${minutes} min` };

type Message = { title: LocalizedText; body: LocalizedText };

export function confirmedMessage(m: MessageContext): Message {
  const w = when(m.startsAt, m.timeZone);
  const d = duration(m.durationMinutes);
  return {
    title: { zh: '预约成功', en: 'Booking confirmed' },
    body: {
      zh: `${w.zh}，${m.center.name}，${m.service.zh}，工位已预留。预计耗时${d.zh}，建议提前10分钟到店。`,
      en: `${m.service.en}, ${w.en} at ${m.center.nameEn}. Your bay is reserved. About ${d.en}; please arrive 10 minutes early.`,
    },
  };
}

export function reminder24hMessage(m: MessageContext): Message {
  const w = when(m.startsAt, m.timeZone);
  return {
    title: { zh: '明天的预约提醒', en: 'Your booking is tomorrow' },
    body: {
      zh: `${w.zh}的${m.service.zh}，已为您准备好常用配件。如需改期或取消，请点这里。`,
      en: `${m.service.en} on ${w.en}. Common parts are ready for you. Tap to reschedule or cancel.`,
    },
  };
}

/** Seed 000 MOT 2: the 2-hour reminder carries the center's live queue when it is known. */
export function reminder2hMessage(m: MessageContext, queue?: CenterQueue): Message {
  const time = formatTime(m.startsAt.toISOString(), m.timeZone, 'zh-CN');
  const wait = queue?.expectedWaitMinutes ?? 0;
  const zhQueue = queue
    ? `中心当前等待：${queue.waiting} 人，${wait > 0 ? `预计到店后等待约 ${wait} 分钟` : '到店即可开始'}。`
    : '';
  const enQueue = queue
    ? ` Waiting at the center now: ${queue.waiting}; ${wait > 0 ? `expect about ${wait} min after you arrive` : 'we can start as soon as you arrive'}.`
    : '';
  return {
    title: { zh: `今天${time}见！`, en: `See you today at ${time}!` },
    body: {
      zh: `${zhQueue}${m.center.name}（${m.center.address}）期待见到您。如需改期或取消，请点这里。`,
      en: `${m.center.nameEn} (${m.center.addressEn}) is looking forward to seeing you.${enQueue} Tap to reschedule or cancel.`,
    },
  };
}

export function rescheduledMessage(m: MessageContext): Message {
  const w = when(m.startsAt, m.timeZone);
  return {
    title: { zh: '预约已改期', en: 'Booking moved' },
    body: {
      zh: `新的时间：${w.zh}，${m.center.name}，工位已预留。`,
      en: `New time: ${w.en} at ${m.center.nameEn}. Your bay is reserved.`,
    },
  };
}

export function cancelledMessage(m: MessageContext): Message {
  const w = when(m.startsAt, m.timeZone);
  return {
    title: { zh: '预约已取消', en: 'Booking cancelled' },
    body: {
      zh: `${w.zh}的${m.service.zh}已取消。欢迎随时重新预约。`,
      en: `${m.service.en} on ${w.en} is cancelled. You can book again any time.`,
    },
  };
}

export function proposalMessage(m: MessageContext, note: string): Message {
  const w = when(m.startsAt, m.timeZone);
  return {
    title: { zh: '顾问建议您下次到店', en: 'Your advisor suggests a next visit' },
    body: {
      zh: `${m.service.zh}，建议时间 ${w.zh}。${note ? `${note}。` : ''}一键即可预约。`,
      en: `${m.service.en}, suggested for ${w.en}.${note ? ` ${note}.` : ''} Book it with one tap.`,
    },
  };
}

const PARTS_SERVICES = new Set(['maintenance', 'first_service', 'cabin_filter', 'tire_rotation']);

/** The issues the customer typed, one per line or sentence, as they wrote them. */
export const splitIssues = (issues: string) =>
  issues
    .split(/[\n；;。]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 10);

export function checklistFor(serviceCode: string, issues: string): Checklist {
  const lines = splitIssues(issues);
  const centerPrepares: Checklist['centerPrepares'] = ['bay_reserved'];
  if (PARTS_SERVICES.has(serviceCode)) centerPrepares.push('parts_ready');
  if (serviceCode === 'brake_check') centerPrepares.push('brake_tools');
  if (serviceCode === 'diagnosis') centerPrepares.push('diagnostic_tools');
  if (lines.length) centerPrepares.push('issues_briefed');
  centerPrepares.push('lounge_ready');
  return {
    documents: lines.length ? ['driving_license', 'car_key', 'service_notes'] : ['driving_license', 'car_key'],
    issues: lines,
    centerPrepares,
  };
}
