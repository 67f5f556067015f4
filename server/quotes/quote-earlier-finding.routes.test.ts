/**
 * Issue 19 item 10: a quote on a new visit can cite the car's finding still open from an earlier
 * visit (offered to staff, marked as such), and the link is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { startTestServer, type Client, type TestServer } from '../../tests/helpers/test-server.ts';
import { openVisits } from './quote.test-kit.ts';

let s: TestServer;
let staff: Client;
beforeAll(async () => {
  s = await startTestServer();
  staff = await s.signInStaff('advisor');
});
afterAll(() => s?.stop());

describe('findings from earlier visits', () => {
  it('are offered for the open visit of the same car, and a quote line may cite one', async () => {
    const visit = (await openVisits(staff)).find((v) => v.plate === '沪AD12345')!;
    const earlier = visit.findings.filter((f) => f.fromEarlierVisit);
    expect(earlier.map((f) => f.component)).toContain('车身右后门'); // the scratch left for later
    expect(visit.findings.filter((f) => !f.fromEarlierVisit).length).toBeGreaterThan(0);
    const scratch = earlier.find((f) => f.component === '车身右后门')!;
    const created = await staff.post<StaffQuote>('/api/staff/quotes', {
      visitId: visit.visitId,
      kind: 'standard',
      title: '追加项目',
      lines: [{ tier: 'optional', title: '右后门划痕修复', partsFen: 0, labourFen: 30_000, findingId: scratch.id }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.lines[0]!.finding?.id).toBe(scratch.id);
  });
});
