/**
 * The 24-hour recovery (seed 003) with the controllable clock: a 5/10 opens a case due in 24 h that
 * the staff console lists; after 24 h the check flags it overdue and escalates it to the manager
 * (once, also with two passes at once); taking it tells the customer who will call; closing records
 * what was done; a re-score is kept beside the first score, and one ≤ 6 reopens the case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffCase } from '@shared/surveys/survey-staff.schema.ts';
import type { SurveyView } from '@shared/surveys/survey-view.schema.ts';
import { HOUR } from '@shared/time.ts';
import { makeDevices, type Device } from '../booking/booking.test-kit.ts';
import { type Client, startTestServer, testClock, type TestServer } from '../../tests/helpers/test-server.ts';
import { flagOverdueCases } from './recovery.service.ts';
import { deliveredVisit, LOW } from './survey.test-kit.ts';

const clock = testClock('2026-11-23T02:00:00Z');
let s: TestServer;
let zhang: Device;
let advisor: Client;
let manager: Client;

beforeAll(async () => {
  s = await startTestServer({ clock });
  zhang = (await makeDevices(s.db.db, s.url, 1, clock.now()))[0]!;
  advisor = await s.signInStaff('advisor');
  manager = await s.signInStaff('manager');
});
afterAll(() => s?.stop());

const cases = async (who: Client, status = 'open') =>
  (await who.get<StaffCase[]>(`/api/staff/surveys/cases?status=${status}`)).body;
const mySurvey = async (visitId: string) =>
  (await (await fetch(`${s.url}/api/surveys/${visitId}`, { headers: { cookie: zhang.cookie } })).json()) as SurveyView;

describe('recovery case', () => {
  it('opens for 5/10 due in 24 h, is flagged overdue after 24 h, closes, and keeps the re-score beside the first', async () => {
    const visitId = await deliveredVisit(s.db.db, zhang.customerId, zhang.vehicleId, clock.now());
    const openedAt = clock.now();
    const r = await zhang.push('survey.submit', { visitId, answer: LOW });
    expect(r.body.results?.[0]).toMatchObject({ status: 'applied' });

    let [c] = (await cases(advisor)).filter((x) => x.visitId === visitId);
    expect(c).toMatchObject({
      status: 'open',
      nps: 5,
      comment: '等了两个小时',
      overdueAt: null,
      advisorName: '李顾问',
    });
    expect(Date.parse(c!.dueAt) - openedAt.getTime()).toBe(24 * HOUR);
    expect(c!.timeline).toEqual([]); // a visit typed in afterwards has no live steps to show beside it
    expect((await mySurvey(visitId)).case).toMatchObject({ state: 'received', mayRescore: false });

    // (The demo's own open case comes due meanwhile too: only this one is looked at.)
    clock.advance(23 * HOUR);
    await flagOverdueCases(s.db.db, clock.now());
    [c] = (await cases(manager)).filter((x) => x.visitId === visitId);
    expect(c!.overdueAt).toBeNull();
    clock.advance(HOUR);
    await Promise.all([flagOverdueCases(s.db.db, clock.now()), flagOverdueCases(s.db.db, clock.now())]);
    await flagOverdueCases(s.db.db, clock.now());
    [c] = (await cases(manager)).filter((x) => x.visitId === visitId);
    expect(c).toMatchObject({ overdueAt: clock.now().toISOString(), escalatedToName: '陈经理' });
    expect(c!.events.map((e) => e.kind)).toEqual(['opened', 'overdue']);

    expect((await manager.post(`/api/staff/surveys/cases/${c!.id}/take`)).status).toBe(200);
    expect((await mySurvey(visitId)).case).toMatchObject({ state: 'calling', callerName: '陈经理' });
    const closed = await manager.post(`/api/staff/surveys/cases/${c!.id}/close`, {
      note: '已致电道歉，赠送下次保养工时',
    });
    expect(closed.status).toBe(200);
    expect((await cases(manager)).some((x) => x.visitId === visitId)).toBe(false);
    expect((await mySurvey(visitId)).case).toMatchObject({ state: 'resolved', mayRescore: true });

    clock.advance(HOUR);
    expect((await zhang.push('survey.rescore', { visitId, nps: 9 })).body.results?.[0]).toMatchObject({
      status: 'applied',
    });
    const again = await zhang.push('survey.rescore', { visitId, nps: 10 });
    expect(again.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'already_answered' });
    [c] = (await cases(manager, 'all')).filter((x) => x.visitId === visitId);
    expect(c).toMatchObject({ status: 'closed', nps: 5, rescores: [{ nps: 9, at: clock.now().toISOString() }] });
    expect(c!.events.find((e) => e.kind === 'closed')).toMatchObject({
      note: '已致电道歉，赠送下次保养工时',
      by: '陈经理',
    });
    const mine = await mySurvey(visitId);
    expect(mine.answer?.nps).toBe(5);
    expect(mine.case).toMatchObject({ state: 'resolved', mayRescore: false, rescores: [{ nps: 9 }] });
  });

  it('reopens on a re-score of 6 or lower with a new 24-hour deadline', async () => {
    const visitId = await deliveredVisit(s.db.db, zhang.customerId, zhang.vehicleId, clock.now());
    await zhang.push('survey.submit', { visitId, answer: { ...LOW, nps: 2 } });
    let [c] = (await cases(advisor)).filter((x) => x.visitId === visitId);
    await advisor.post(`/api/staff/surveys/cases/${c!.id}/close`, { note: '已回电，客户仍不满意' });
    clock.advance(2 * HOUR);
    await zhang.push('survey.rescore', { visitId, nps: 4 });
    [c] = (await cases(advisor)).filter((x) => x.visitId === visitId);
    expect(c).toMatchObject({ status: 'open', nps: 2, rescores: [{ nps: 4 }], overdueAt: null });
    expect(Date.parse(c!.dueAt) - clock.now().getTime()).toBe(24 * HOUR);
    expect((await mySurvey(visitId)).case?.state).toBe('received');
  });

  it('keeps a technician out and another center’s case out of reach', async () => {
    const tech = await s.signInStaff('technician');
    expect((await tech.get('/api/staff/surveys/cases')).status).toBe(403);
    expect((await advisor.get('/api/staff/surveys/dashboard?from=2026-11-01&to=2026-11-30')).status).toBe(403);
    const missing = await manager.post('/api/staff/surveys/cases/00000000-0000-4000-8000-000000000000/close', {
      note: 'x',
    });
    expect(missing.status).toBe(404);
  });
});
