/** The demo's satisfaction: the dashboard computes last month's NPS; one case is due in hours, one re-scored. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, StaffCase } from '@shared/surveys/survey-staff.schema.ts';
import { addDays, HOUR, zonedDate } from '@shared/time.ts';
import { startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

describe('survey demo', () => {
  it('last month: 8 promoters, 3 passives, 3 detractors of 14 → NPS 36, with averages per advisor', async () => {
    const manager = await s.signInStaff('manager');
    const to = zonedDate(s.clock.now(), 'Asia/Shanghai');
    const r = await manager.get<Dashboard>(`/api/staff/surveys/dashboard?from=${addDays(to, -35)}&to=${to}`);
    expect(r.status).toBe(200);
    expect(r.body.counts).toEqual({ promoters: 8, passives: 3, detractors: 3, total: 14 });
    expect(r.body.nps).toBe(36);
    expect(r.body.advisors.map((a) => a.name).sort()).toEqual(['李顾问', '陈经理']);
    expect(r.body.weeks.reduce((n, w) => n + w.total, 0)).toBe(14);
    expect(r.body.stars.overall).toBeGreaterThan(3);
  });

  it('one open case due in a few hours, one closed with a re-score kept beside the first score', async () => {
    const advisor = await s.signInStaff('advisor');
    const open = (await advisor.get<StaffCase[]>('/api/staff/surveys/cases')).body;
    expect(open).toHaveLength(1);
    const left = Date.parse(open[0]!.dueAt) - s.clock.now().getTime();
    expect(left).toBeGreaterThan(3 * HOUR);
    expect(left).toBeLessThan(5 * HOUR);
    expect(open[0]!.overdueAt).toBeNull();
    const all = (await advisor.get<StaffCase[]>('/api/staff/surveys/cases?status=all')).body;
    const rescored = all.find((c) => c.rescores.length > 0)!;
    expect(rescored).toMatchObject({ status: 'closed', nps: 3, rescores: [{ nps: 8 }] });
    expect(all.filter((c) => c.status === 'closed')).toHaveLength(2);
  });
});
