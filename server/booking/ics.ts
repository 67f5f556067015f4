/**
 * A booking as an iCalendar file (RFC 5545), written by hand rather than with the `ics` package
 * because that package cannot express a time zone: here the event is in the center's zone
 * (DTSTART;TZID=Asia/Shanghai:…) with its VTIMEZONE, so calendars show the local time and the
 * zone. A zone that changes its offset during the year gets UTC times instead (always correct,
 * shown in the reader's zone). Lines end in CRLF and are folded at 75 octets, never inside a
 * UTF-8 character.
 */
import { zonedParts, zoneOffsetMinutes } from '@shared/time.ts';

export type IcsEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  /** Minutes before the start for a calendar alarm. */
  alarmMinutes?: number;
  cancelled?: boolean;
};

/**
 * TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped; every line break (CRLF, a bare
 * LF or a bare CR) becomes \n; other control characters are not allowed in TEXT and are dropped.
 */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** Folds one content line at 75 octets (continuation lines begin with a space). */
export function fold(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const localStamp = (d: Date, tz: string) => {
  const p = zonedParts(d, tz);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
};
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/** The zone's one offset all year, or null when it has daylight saving. */
function steadyOffset(tz: string, year: number): number | null {
  const jan = zoneOffsetMinutes(new Date(Date.UTC(year, 0, 1)), tz);
  const jul = zoneOffsetMinutes(new Date(Date.UTC(year, 6, 1)), tz);
  return jan === jul ? jan : null;
}

export function buildIcs(e: IcsEvent): string {
  const offset = steadyOffset(e.timeZone, e.startsAt.getUTCFullYear());
  const when = (d: Date) => (offset === null ? `:${utcStamp(d)}` : `;TZID=${e.timeZone}:${localStamp(d, e.timeZone)}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pitlane//Booking//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(offset === null
      ? []
      : [
          'BEGIN:VTIMEZONE',
          `TZID:${e.timeZone}`,
          'BEGIN:STANDARD',
          'DTSTART:19700101T000000',
          `TZOFFSETFROM:${offsetText(offset)}`,
          `TZOFFSETTO:${offsetText(offset)}`,
          'END:STANDARD',
          'END:VTIMEZONE',
        ]),
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART${when(e.startsAt)}`,
    `DTEND${when(e.endsAt)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `LOCATION:${escapeText(e.location)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    ...(e.alarmMinutes && !e.cancelled
      ? [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `TRIGGER:-PT${e.alarmMinutes}M`,
          `DESCRIPTION:${escapeText(e.summary)}`,
          'END:VALARM',
        ]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
