/**
 * The survey end to end on the real server: offered 24 h after delivery exactly once (two job passes
 * at once, and a restart's pass), submitted once through the outbox with 50 points once, a second
 * submission refused with already_answered, mirrored to the device, and another customer's → 404.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '@shared/time.ts';
import { pointsEntries } from '../membership/membership.table.ts';
import { notificationDeliveries } from '../notifications/delivery.table.ts';
import { notifications } from '../notifications/notification.table.ts';
import { changeLog } from '../sync/sync.table.ts';
import { makeDevices, type Device } from '../booking/booking.test-kit.ts';
import { startTestServer, testClock, type TestServer } from '../../tests/helpers/test-server.ts';
import { offerDueSurveys } from './survey-offer.ts';
import { surveys } from './survey.table.ts';
import { deliveredVisit, GOOD } from './survey.test-kit.ts';

const clock = testClock('2026-11-23T02:00:00Z');
let s: TestServer;
let zhang: Device;
let wang: Device;

beforeAll(async () => {
  s = await startTestServer({ clock });
  const devices = await makeDevices(s.db.db, s.url, 2, clock.now());
  zhang = devices[0]!;
  wang = devices[1]!;
});
afterAll(() => s?.stop());

const surveyNotices = (customerId: string) =>
  s.db.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.customerId, customerId), eq(notifications.kind, 'survey')));

describe('survey offer', () => {
  it('comes 24 h after delivery, once, also with two passes at once, with the signed link to text', async () => {
    const visitId = await deliveredVisit(s.db.db, zhang.customerId, zhang.vehicleId, clock.now());
    const secret = s.deps.secret;
    clock.advance(23 * HOUR);
    expect((await offerDueSurveys(s.db.db, secret, clock.now())).offered).toBe(0);
    clock.advance(HOUR + 60_000);
    const passes = await Promise.all([0, 1, 2].map(() => offerDueSurveys(s.db.db, secret, clock.now())));
    expect(passes.reduce((n, p) => n + p.offered, 0)).toBe(1);
    expect((await offerDueSurveys(s.db.db, secret, clock.now())).offered).toBe(0);
    const notices = await surveyNotices(zhang.customerId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.link).toMatch(new RegExp(`^/survey\\.html\\?v=${visitId}#[\\w-]{28}$`));
    // Push first, then a text message carrying the same link when push did not carry it.
    const channels = await s.db.db
      .select({ channel: notificationDeliveries.channel })
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.notificationId, notices[0]!.id));
    expect(channels.map((c) => c.channel).sort()).toEqual(['sms', 'web_push']);
    const [row] = await s.db.db.select().from(surveys).where(eq(surveys.visitId, visitId));
    expect(row!.offeredAt).not.toBeNull();
    expect(row!.submittedAt).toBeNull();
  });
});

describe('survey submit', () => {
  it('is applied once, earns 50 points once, refuses a second submission and mirrors the row', async () => {
    const visitId = await deliveredVisit(s.db.db, zhang.customerId, zhang.vehicleId, clock.now());
    const first = await zhang.push('survey.submit', { visitId, answer: { ...GOOD, comment: ' 很好 ' } });
    expect(first.body.results?.[0]).toMatchObject({ status: 'applied' });
    const again = await zhang.push('survey.submit', { visitId, answer: { ...GOOD, nps: 3 } });
    expect(again.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'already_answered' });
    const rows = await s.db.db.select().from(surveys).where(eq(surveys.visitId, visitId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ nps: 10, comment: '很好', channel: 'app' });
    const earned = await s.db.db
      .select()
      .from(pointsEntries)
      .where(and(eq(pointsEntries.source, 'survey'), eq(pointsEntries.sourceId, visitId)));
    expect(earned.map((e) => e.points)).toEqual([50]);
    const mirrored = await s.db.db
      .select()
      .from(changeLog)
      .where(
        and(
          eq(changeLog.customerId, zhang.customerId),
          eq(changeLog.entity, 'survey'),
          eq(changeLog.entityId, visitId),
        ),
      );
    expect(mirrored.at(-1)!.data).toMatchObject({
      visitId,
      submittedAt: clock.now().toISOString(),
      points: 50,
      case: null,
    });
    // Answered before the job came: the job has nothing to offer for it.
    clock.advance(25 * HOUR);
    await offerDueSurveys(s.db.db, s.deps.secret, clock.now());
    const notices = (await surveyNotices(zhang.customerId)).filter((n) => n.dedupeKey === `survey:${visitId}`);
    expect(notices).toHaveLength(0);
  });

  it('answers another customer’s visit as not found, on the API and through the outbox', async () => {
    const visitId = await deliveredVisit(s.db.db, zhang.customerId, zhang.vehicleId, clock.now());
    const asWang = await wang.push('survey.submit', { visitId, answer: GOOD });
    expect(asWang.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'not_found' });
    const get = (d: Device) => fetch(`${s.url}/api/surveys/${visitId}`, { headers: { cookie: d.cookie } });
    expect((await get(wang)).status).toBe(404);
    const mine = await get(zhang);
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ visitId, submittedAt: null, points: 50 });
    // The read wrote nothing: no survey row for a GET.
    expect(await s.db.db.select().from(surveys).where(eq(surveys.visitId, visitId))).toHaveLength(0);
  });

  it('refuses stars outside 1-5 as invalid, saying which field', async () => {
    const visitId = await deliveredVisit(s.db.db, zhang.customerId, zhang.vehicleId, clock.now());
    const r = await zhang.push('survey.submit', { visitId, answer: { ...GOOD, waiting: 6 } });
    expect(r.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'invalid' });
  });
});
