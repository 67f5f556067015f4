/**
 * A member with the book scope decides quotes for the shared vehicle up to their amount: above it the
 * decision is refused in words (family_limit), within it the signed record names who decided. A
 * view-only member may not decide at all. On the seeded quote of 张先生's Model 3.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuthorizationRecord } from '@shared/quotes/authorization.schema.ts';
import { verifyAuthorization } from '@shared/quotes/canonical.ts';
import { deferAt } from '@shared/quotes/defer.ts';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { HOUR } from '@shared/time.ts';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { demoQuote, signature } from '../quotes/quote.test-kit.ts';
import { clientFor, customer, deviceOf, mirrorOf, share, type Who } from './family.test-kit.ts';

let s: TestServer;
let staff: Client;
let owner: Who;
let vehicleId: string;
beforeAll(async () => {
  s = await startTestServer();
  staff = await s.signInStaff('advisor');
  const zhang = await s.signInCustomer();
  const me = await zhang.get<{ id: string; phoneMasked: string }>('/api/auth/me');
  owner = clientFor(s, zhang.cookie, me.body.id, '13800138000');
  vehicleId = (await zhang.get<Vehicle[]>('/api/vehicles')).body[0]!.id;
});
afterAll(() => s?.stop());
beforeEach(() => s.clock.advance(2 * HOUR));

const decisions = (q: StaffQuote, approve: number) => {
  const due = deferAt('next_week', new Date(), 'Asia/Shanghai');
  return q.lines.map((l, i) =>
    i < approve
      ? { lineKey: l.key, decision: 'approve' }
      : i === 2
        ? { lineKey: l.key, decision: 'defer', deferUntil: due }
        : { lineKey: l.key, decision: 'decline' },
  );
};

describe('approving quotes as a family member', () => {
  it('a view-only member may not decide', async () => {
    const viewer = await customer(s, '王阿姨');
    await share(s, owner, vehicleId, viewer, 'view');
    const q = await demoQuote(staff);
    expect((await mirrorOf(viewer)).has('quote', q.id)).toBe(true);
    const r = await deviceOf(viewer)('quote.decide', {
      quoteId: q.id,
      version: q.version,
      decisions: decisions(q, 1),
      signature,
    });
    expect(r).toMatchObject({ status: 'refused', reason: 'family_scope' });
  });

  it('above the amount is refused in words; within it the record names the member', async () => {
    const li = await customer(s, '李女士');
    await share(s, owner, vehicleId, li, 'book', 50_000);
    const q = await demoQuote(staff);
    const push = deviceOf(li);
    // 刹车油 380 + 空调滤芯 200 = 580 yuan: above the 500 yuan she may approve.
    const above = await push('quote.decide', {
      quoteId: q.id,
      version: q.version,
      decisions: decisions(q, 2),
      signature,
    });
    expect(above).toMatchObject({ status: 'refused', reason: 'family_limit' });

    const within = await push('quote.decide', {
      quoteId: q.id,
      version: q.version,
      decisions: decisions(q, 1),
      signature,
    });
    expect(within.status).toBe('applied');
    const record = (await mirrorOf(owner))
      .of<AuthorizationRecord>('quote_authorization')
      .find((a) => a.quoteId === q.id)!;
    expect(record).toMatchObject({ approvedTotalFen: 38_000, decidedBy: { customerId: li.id, name: '李女士' } });
    expect(record.customerId).toBe(owner.id);
    expect(await verifyAuthorization(record)).toBe(true);
    // The member's mirror has the same record.
    expect((await mirrorOf(li)).has('quote_authorization', record.id)).toBe(true);
  });
});
