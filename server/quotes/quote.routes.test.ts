import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuthorization } from '@shared/quotes/canonical.ts';
import { deferAt } from '@shared/quotes/defer.ts';
import { packagesOf } from '@shared/quotes/packages.ts';
import type {
  AuthorizationRecord,
  Deferral,
  QuoteOutdatedDetails,
  QuoteView,
  StaffQuote,
} from '@shared/quotes/quote.schema.ts';
import { DEMO_CUSTOMER_PHONE, startTestServer, type Client, type TestServer } from '../../tests/helpers/test-server.ts';
import { createAndSend, demoQuote, device, mirror, openVisits, signature } from './quote.test-kit.ts';

let s: TestServer;
let staff: Client;
let zhang: Client;
beforeAll(async () => {
  s = await startTestServer();
  staff = await s.signInStaff('advisor');
  zhang = await s.signInCustomer();
});
afterAll(() => s?.stop());

const nextWeek = () => deferAt('next_week', new Date(), 'Asia/Shanghai');

describe('the demo quote', () => {
  it('waits for 张先生 in three tiers tied to the inspection’s findings, with its link sent by SMS', async () => {
    const q = await demoQuote(staff);
    expect(q.status).toBe('sent');
    expect(q.lines.map((l) => [l.tier, l.title, l.finding?.component ?? null])).toEqual([
      ['required', '刹车油更换', null],
      ['recommended', '空调滤芯更换', '空调滤芯'],
      ['recommended', '前刹车片更换', '前刹车片'],
      ['optional', '全车镀膜', null],
    ]);
    expect(packagesOf(q.lines).map((p) => p.totalFen)).toEqual([38_000, 146_000, 266_000]);
    const sms = s.sms.sent.find((m) => m.to === DEMO_CUSTOMER_PHONE && m.kind === 'quote_link');
    expect(sms?.text).toContain(`/approve.html?q=${q.id}#`);
    expect(sms?.text).toContain('推荐方案 ¥1,460，全部 ¥2,660');
  });

  it('is mirrored to the customer with a notification, the same lines and prices', async () => {
    const q = await demoQuote(staff);
    const m = await mirror(zhang);
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

describe('deciding from the app (quote.decide)', () => {
  it('records the advised package with a declined optional and a deferred recommended line, signed by name', async () => {
    const q = await demoQuote(staff);
    const [fluid, cabin, pads, coating] = q.lines.map((l) => l.key) as [string, string, string, string];
    const due = nextWeek();
    const r = await device(zhang).push('quote.decide', {
      quoteId: q.id,
      version: 1,
      packageChoice: 'advised',
      decisions: [
        { lineKey: fluid, decision: 'approve' },
        { lineKey: cabin, decision: 'approve' },
        { lineKey: pads, decision: 'defer', deferUntil: due },
        { lineKey: coating, decision: 'decline' },
      ],
      signature,
    });
    expect(r.status).toBe('applied');

    const m = await mirror(zhang);
    const record = m.of<AuthorizationRecord>('quote_authorization').find((a) => a.quoteId === q.id)!;
    expect(record.lines.map((l) => [l.title, l.totalFen, l.decision, l.deferUntil])).toEqual([
      ['刹车油更换', 38_000, 'approve', null],
      ['空调滤芯更换', 20_000, 'approve', null],
      ['前刹车片更换', 88_000, 'defer', due],
      ['全车镀膜', 120_000, 'decline', null],
    ]);
    expect(record).toMatchObject({
      quoteVersion: 1,
      approvedTotalFen: 58_000,
      deferredTotalFen: 88_000,
      declinedTotalFen: 120_000,
    });
    expect(record.signature).toEqual(signature);
    expect(await verifyAuthorization(record)).toBe(true);
    expect(m.get<QuoteView>('quote', q.id)).toMatchObject({ status: 'decided', authorizationId: record.id });

    // The deferred line is kept at the chosen time, never lost.
    const deferral = m.of<Deferral>('quote_deferral').find((d) => d.quoteId === q.id)!;
    expect(deferral).toMatchObject({
      lineKey: pads,
      title: '前刹车片更换',
      dueAt: due,
      kind: 'booking',
      status: 'proposed',
    });
    // …and offered as a proposed booking around that time (the nearest free slot), accepted with one tap.
    const proposal = m.get<{ suggestedStartsAt: string; status: string }>('booking_proposal', deferral.proposalId!)!;
    expect(proposal.status).toBe('open');
    expect(Math.abs(Date.parse(proposal.suggestedStartsAt) - Date.parse(due))).toBeLessThanOrEqual(86_400_000);

    // The center sees the very same record.
    const seen = (await staff.get<StaffQuote>(`/api/staff/quotes/${q.id}`)).body;
    const { hashVerified, ...same } = seen.authorizations[0]!;
    expect(same).toEqual(record);
    expect(hashVerified).toBe(true);
    expect(seen.deferrals).toHaveLength(1);
  });

  it('refuses a second decision on the same quote', async () => {
    const q = await demoQuote(staff);
    const r = await device(zhang).push('quote.decide', {
      quoteId: q.id,
      version: 1,
      decisions: q.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
      signature,
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'already_decided' });
  });
});

describe('revisions', () => {
  const lines = [
    { tier: 'required' as const, title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
    { tier: 'optional' as const, title: '四轮定位', partsFen: 0, labourFen: 45_000 },
  ];

  it('refuses an approval of an outdated version with what changed, and the customer sees the new version', async () => {
    const visitId = (await openVisits(staff))[0]!.visitId;
    const { quote } = await createAndSend(staff, visitId, lines);
    const [tyre, alignment] = quote.lines.map((l) => l.key) as [string, string];
    const revised = await staff.post<StaffQuote>(`/api/staff/quotes/${quote.id}/revise`, {
      reason: '轮胎到货价格调整',
      lines: [
        { ...lines[0], key: tyre, partsFen: 110_000 },
        { tier: 'recommended', title: '轮胎动平衡', partsFen: 0, labourFen: 8_000 },
      ],
    });
    expect(revised.status).toBe(200);
    expect(revised.body.version).toBe(2);

    const r = await device(zhang).push('quote.decide', {
      quoteId: quote.id,
      version: 1,
      decisions: [
        { lineKey: tyre, decision: 'approve' },
        { lineKey: alignment, decision: 'decline' },
      ],
      signature,
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'quote_outdated' });
    const details = r.result as QuoteOutdatedDetails;
    expect(details.currentVersion).toBe(2);
    expect(details.changes.map((c) => [c.kind, c.title, c.beforeFen, c.afterFen])).toEqual([
      ['price', '右前轮胎更换', 130_000, 120_000],
      ['added', '轮胎动平衡', null, 8_000],
      ['removed', '四轮定位', 45_000, null],
    ]);

    const m = await mirror(zhang);
    const view = m.get<QuoteView>('quote', quote.id)!;
    expect(view).toMatchObject({
      version: 2,
      status: 'sent',
      revision: { fromVersion: 1, toVersion: 2, reason: '轮胎到货价格调整' },
    });
    expect(m.of<AuthorizationRecord>('quote_authorization').some((a) => a.quoteId === quote.id)).toBe(false);

    const again = await device(zhang).push('quote.decide', {
      quoteId: quote.id,
      version: 2,
      decisions: view.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
      signature,
    });
    expect(again.status).toBe('applied');
    expect((await staff.post(`/api/staff/quotes/${quote.id}/revise`, { lines })).status).toBe(409);
  });

  it('changes a draft in place and never shows it to the customer', async () => {
    const visitId = (await openVisits(staff))[0]!.visitId;
    const draft = await staff.post<StaffQuote>('/api/staff/quotes', { visitId, title: '草稿', lines });
    const revised = await staff.post<StaffQuote>(`/api/staff/quotes/${draft.body.id}/revise`, {
      lines: lines.slice(0, 1),
    });
    expect(revised.body).toMatchObject({ version: 1, status: 'draft' });
    expect(revised.body.lines).toHaveLength(1);
    expect((await mirror(zhang)).get('quote', draft.body.id)).toBeUndefined();
    const r = await device(zhang).push('quote.decide', {
      quoteId: draft.body.id,
      version: 1,
      decisions: revised.body.lines.map((l) => ({ lineKey: l.key, decision: 'approve' })),
      signature,
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'not_found' });
  });
});

describe('checks', () => {
  it('needs every line decided and a deferral time ahead', async () => {
    const visitId = (await openVisits(staff))[0]!.visitId;
    const { quote } = await createAndSend(staff, visitId, [
      { tier: 'recommended', title: '雨刮片更换', partsFen: 9_000, labourFen: 3_000 },
      { tier: 'optional', title: '玻璃镀膜', partsFen: 20_000, labourFen: 10_000 },
    ]);
    const [a, b] = quote.lines.map((l) => l.key) as [string, string];
    const d = device(zhang);
    expect(
      await d.push('quote.decide', {
        quoteId: quote.id,
        version: 1,
        decisions: [{ lineKey: a, decision: 'approve' }],
        signature,
      }),
    ).toMatchObject({
      status: 'refused',
      reason: 'invalid',
    });
    const past = new Date(Date.now() - 86_400_000).toISOString();
    expect(
      await d.push('quote.decide', {
        quoteId: quote.id,
        version: 1,
        decisions: [
          { lineKey: a, decision: 'defer', deferUntil: past },
          { lineKey: b, decision: 'decline' },
        ],
        signature,
      }),
    ).toMatchObject({ status: 'refused', reason: 'invalid' });
    expect(
      await d.push('quote.decide', {
        quoteId: quote.id,
        version: 1,
        decisions: [],
        signature: { kind: 'typed', name: ' ' },
      }),
    ).toMatchObject({ status: 'refused', reason: 'invalid' });
  });

  it('only takes findings of the visit’s vehicle', async () => {
    const visitId = (await openVisits(staff))[0]!.visitId;
    const r = await staff.post('/api/staff/quotes', {
      visitId,
      title: 'x',
      lines: [
        { tier: 'required', title: 'y', partsFen: 1, labourFen: 1, findingId: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(r.status).toBe(400);
  });

  it('lets a technician read but not write quotes', async () => {
    const tech = await s.signInStaff('technician');
    const q = await demoQuote(tech);
    expect(q.id).toBeTruthy();
    expect((await tech.post(`/api/staff/quotes/${q.id}/link`, {})).status).toBe(403);
  });
});
