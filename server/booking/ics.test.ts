/**
 * .ics text escaping (RFC 5545): CR, LF, comma, semicolon and backslash in what a customer typed come
 * back out of a real iCalendar parser (ical.js) exactly, nothing starts a property of its own, and
 * long lines are folded at 75 octets.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from './ics.ts';

const hostile = 'line one\r\nline two\rbare CR\nbare LF; semi, comma \\ backslash\r\nATTENDEE:mailto:evil@example.com';

describe('.ics text', () => {
  it('survives a real parser unchanged (line breaks as \\n), with no forged property', () => {
    const text = buildIcs({
      uid: 'x@pitlane',
      startsAt: new Date('2026-11-25T02:00:00Z'),
      endsAt: new Date('2026-11-25T03:30:00Z'),
      timeZone: 'Asia/Shanghai',
      summary: `保养, 检查; ${'长'.repeat(60)}`,
      description: hostile,
      location: 'Bay 1\r2',
      stamp: new Date('2026-11-23T01:00:00Z'),
    });
    const lines = text.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.description).toBe(hostile.replace(/\r\n|\r/g, '\n'));
    expect(event.location).toBe('Bay 1\n2');
    expect(event.summary).toBe(`保养, 检查; ${'长'.repeat(60)}`);
    expect(event.attendees).toHaveLength(0);
  });
});
