/**
 * The seeded demo quote (MOT 6 tiers): what staff send and what the customer's device mirrors.
 */
import { describe, expect, it } from 'vitest';
import { packagesOf } from '@shared/quotes/packages.ts';
import type { QuoteView } from '@shared/quotes/quote-view.schema.ts';
import { DEMO_CUSTOMER_PHONE } from '../../tests/helpers/test-server.ts';
import { quoteRoutesFixture } from './quote-routes.fixture.ts';
import { demoQuote, mirror } from './quote.test-kit.ts';

const f = quoteRoutesFixture();

describe('the demo quote', () => {
  it('waits for 张先生 in three tiers tied to the inspection’s findings, with its link sent by SMS', async () => {
    const q = await demoQuote(f.staff);
    expect(q.status).toBe('sent');
    expect(q.lines.map((l) => [l.tier, l.title, l.finding?.component ?? null])).toEqual([
      ['required', '刹车油更换', null],
      ['recommended', '空调滤芯更换', '空调滤芯'],
      ['recommended', '前刹车片更换', '前刹车片'],
      ['optional', '全车镀膜', null],
    ]);
    expect(packagesOf(q.lines).map((p) => p.totalFen)).toEqual([38_000, 146_000, 266_000]);
    const sms = f.s.sms.sent.find((m) => m.to === DEMO_CUSTOMER_PHONE && m.kind === 'quote_link');
    expect(sms?.text).toContain(`/approve.html?q=${q.id}#`);
    expect(sms?.text).toContain('推荐方案 ¥1,460，全部 ¥2,660');
  });

  it('is mirrored to the customer with a notification, the same lines and prices', async () => {
    const q = await demoQuote(f.staff);
    const m = await mirror(f.zhang);
    const view = m.get<QuoteView>('quote', q.id)!;
    expect(view).toMatchObject({ status: 'sent', version: 1, advisorName: '李顾问', authorizationId: null });
    expect(view.lines.map((l) => [l.key, l.partsFen, l.labourFen])).toEqual(
      q.lines.map((l) => [l.key, l.partsFen, l.labourFen]),
    );
    expect(
      m
        .of<{ kind: string; link: string }>('notification')
        .some((n) => n.kind === 'quote_waiting' && n.link === `/quotes/${q.id}`),
    ).toBe(true);
  });
});
