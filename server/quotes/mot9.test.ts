import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deferAt } from '@shared/quotes/defer.ts';
import type { AuthorizationRecord } from '@shared/quotes/authorization.schema.ts';
import type { Deferral } from '@shared/quotes/deferral.schema.ts';
import type { Mot9Option } from '@shared/quotes/quote-codes.schema.ts';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import { startTestServer, type Client, type TestServer } from '../../tests/helpers/test-server.ts';
import { createAndSend, device, mirror, openVisits, signature } from './quote.test-kit.ts';

// Seed 000, MOT 9: the right front tyre at 2.1 mm (legal minimum 1.6 mm), about a month left.
const tyre = {
  tier: 'required' as const,
  title: '右前轮胎更换',
  partsFen: 120_000,
  labourFen: 10_000,
  risk: '雨天刹车距离会增加，有安全隐患。',
  serviceCode: 'maintenance',
};

let s: TestServer;
let staff: Client;
let zhang: Client;
let visitId: string;
beforeAll(async () => {
  s = await startTestServer();
  staff = await s.signInStaff('advisor');
  zhang = await s.signInCustomer();
  visitId = (await openVisits(staff))[0]!.visitId;
});
afterAll(() => s?.stop());

async function choose(option: Mot9Option) {
  const { quote } = await createAndSend(staff, visitId, [tyre], 'supplementary');
  const r = await device(zhang).push('quote.decide', { quoteId: quote.id, version: 1, option, signature });
  expect(r.status).toBe('applied');
  const m = await mirror(zhang);
  const record = m.of<AuthorizationRecord>('quote_authorization').find((a) => a.quoteId === quote.id)!;
  return { quote, record, m };
}

describe('a mid-repair finding (MOT 9)', () => {
  it('records "do it today" as an approval', async () => {
    const { record } = await choose('today');
    expect(record).toMatchObject({
      quoteKind: 'supplementary',
      option: 'today',
      acceptedRisk: null,
      approvedTotalFen: 130_000,
    });
    expect(record.lines[0]).toMatchObject({ decision: 'approve', deferUntil: null });
  });

  it('records "book next week" as a deferral to next week, kept as a proposed booking', async () => {
    const before = new Date();
    const { quote, record, m } = await choose('next_week');
    const due = record.lines[0]!.deferUntil!;
    expect(record).toMatchObject({ option: 'next_week', deferredTotalFen: 130_000, approvedTotalFen: 0 });
    expect([
      deferAt('next_week', before, 'Asia/Shanghai'),
      deferAt('next_week', new Date(), 'Asia/Shanghai'),
    ]).toContain(due);
    expect(m.of<Deferral>('quote_deferral').find((d) => d.quoteId === quote.id)).toMatchObject({
      dueAt: due,
      kind: 'booking',
      status: 'proposed',
    });
  });

  it('records "keep driving" as declined with the stated risk accepted', async () => {
    const { quote, record, m } = await choose('keep_driving');
    expect(record).toMatchObject({
      option: 'keep_driving',
      acceptedRisk: tyre.risk,
      declinedTotalFen: 130_000,
      approvedTotalFen: 0,
    });
    expect(m.get<QuoteView>('quote', quote.id)).toMatchObject({ status: 'decided' });
    expect(m.of<Deferral>('quote_deferral').some((d) => d.quoteId === quote.id)).toBe(false);
  });

  it('pre-selects nothing: a decision without an option is refused, and so is an option on a standard quote', async () => {
    const { quote } = await createAndSend(staff, visitId, [tyre], 'supplementary');
    const d = device(zhang);
    expect(await d.push('quote.decide', { quoteId: quote.id, version: 1, signature })).toMatchObject({
      status: 'refused',
      reason: 'invalid',
    });
    const standard = await createAndSend(staff, visitId, [tyre]);
    expect(
      await d.push('quote.decide', { quoteId: standard.quote.id, version: 1, option: 'today', signature }),
    ).toMatchObject({
      status: 'refused',
      reason: 'invalid',
    });
  });
});
