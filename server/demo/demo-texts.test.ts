/**
 * Issue 19 item 6: one brake pad, one story. What staff type (finding notes and advice, proposals,
 * timeline notes) never quotes a measurement or a time to come: the screens show the reading and the
 * projection computed from the record (shared/health-record/wear.ts). The demo is held to that rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirror } from '../quotes/quote.test-kit.ts';
import { startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';

/** A measurement ("4.0 mm", "25%") or a horizon ("3 个月", "2-3 个月", "in 3 months"). */
const QUOTES_A_NUMBER = /\d+(\.\d+)?\s*(mm|%|％)|\d+\s*(-\s*\d+\s*)?(个月|周|天后)|\d+\s*months?/i;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

describe('the demo’s typed texts', () => {
  it('quote no measurement and no time to come: those are computed from the record', async () => {
    const m = await mirror(await s.signInCustomer());
    const texts = [
      ...m
        .of<{
          note: string | null;
          recommendation: string | null;
          noteEn: string | null;
          recommendationEn: string | null;
        }>('finding')
        .flatMap((f) => [f.note, f.recommendation, f.noteEn, f.recommendationEn]),
      ...m.of<{ note: string | null }>('booking_proposal').map((p) => p.note),
      ...m.of<{ note: string | null; noteEn: string | null }>('timeline_event').flatMap((e) => [e.note, e.noteEn]),
      ...m
        .of<{ lines: { consequence: string | null; benefit: string | null }[] }>('quote')
        .flatMap((q) => q.lines.flatMap((l) => [l.consequence, l.benefit])),
    ].filter((x): x is string => !!x);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((x) => QUOTES_A_NUMBER.test(x))).toEqual([]);
  });
});
