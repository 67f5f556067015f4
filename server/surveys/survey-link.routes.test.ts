/**
 * The signed survey link: a GET (a previewer, a mail scanner) reads and changes nothing; an altered,
 * expired or another visit's token is refused (404 / 410 with the center's phone); the POST answers
 * once, earns the points once, and a second answer by the link after the app is refused.
 */
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURVEY_LINK_TTL_MS } from '@shared/surveys/survey-link.schema.ts';
import { pointsEntries } from '../membership/membership.table.ts';
import { changeLog } from '../sync/sync.table.ts';
import { makeDevices, type Device } from '../booking/booking.test-kit.ts';
import { startTestServer, testClock, type TestServer } from '../../tests/helpers/test-server.ts';
import { surveyLinkPath } from './survey-link.ts';
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

const api = (visitId: string, token: string) => `${s.url}/api/survey-link/${visitId}/${encodeURIComponent(token)}`;
const post = (visitId: string, token: string, body: unknown) =>
  fetch(api(visitId, token), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const changes = async () => (await s.db.db.select({ n: count() }).from(changeLog))[0]!.n;

async function linked(d: Device) {
  const visitId = await deliveredVisit(s.db.db, d.customerId, d.vehicleId, clock.now());
  return {
    visitId,
    token: surveyLinkPath(s.deps.secret, { id: visitId, customerId: d.customerId }, clock.now()).token,
  };
}

describe('survey link', () => {
  it('GET shows the visit without anything of the customer and changes nothing', async () => {
    const { visitId, token } = await linked(zhang);
    const before = await changes();
    for (let i = 0; i < 3; i++) {
      const r = await fetch(api(visitId, token));
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      const body = await r.json();
      expect(body).toMatchObject({ state: 'open', visitTitle: '常规保养', points: 50, callPromised: false });
      expect(JSON.stringify(body)).not.toContain(zhang.customerId);
    }
    expect(await changes()).toBe(before);
    expect(await s.db.db.select().from(surveys).where(eq(surveys.visitId, visitId))).toHaveLength(0);
  });

  it('refuses an altered token, another visit’s and another customer’s, and an expired one', async () => {
    const { visitId, token } = await linked(zhang);
    const other = await linked(wang);
    const flip = (t: string, i: number) => t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
    for (const bad of [flip(token, 2), flip(token, 10), flip(token, token.length - 1)])
      expect((await fetch(api(visitId, bad))).status).toBe(404);
    expect((await fetch(api(other.visitId, token))).status).toBe(404);
    expect((await fetch(api(visitId, other.token))).status).toBe(404);
    // Signed for 张先生's visit but as if it were 王女士's: the signature names the customer too.
    const forged = surveyLinkPath(s.deps.secret, { id: visitId, customerId: wang.customerId }, clock.now()).token;
    expect((await fetch(api(visitId, forged))).status).toBe(404);
    expect((await post(visitId, flip(token, 12), GOOD)).status).toBe(404);
    clock.advance(SURVEY_LINK_TTL_MS);
    const expired = await fetch(api(visitId, token));
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({
      error: 'link_expired',
      details: { center: { phone: expect.any(String) } },
    });
    expect((await post(visitId, token, GOOD)).status).toBe(410);
    expect(await s.db.db.select().from(surveys).where(eq(surveys.visitId, visitId))).toHaveLength(0);
  });

  it('POST answers once with the points once; the app after the link is refused', async () => {
    const { visitId, token } = await linked(zhang);
    expect((await post(visitId, token, { ...GOOD, nps: 11 })).status).toBe(400);
    const r = await post(visitId, token, { ...GOOD, nps: 4 });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ state: 'answered', callPromised: true });
    const second = await post(visitId, token, GOOD);
    expect(second.status).toBe(409);
    expect((await second.json()).error).toBe('already_answered');
    const app = await zhang.push('survey.submit', { visitId, answer: GOOD });
    expect(app.body.results?.[0]).toMatchObject({ status: 'refused', reason: 'already_answered' });
    const [row] = await s.db.db.select().from(surveys).where(eq(surveys.visitId, visitId));
    expect(row).toMatchObject({ nps: 4, channel: 'link' });
    const earned = await s.db.db
      .select()
      .from(pointsEntries)
      .where(and(eq(pointsEntries.source, 'survey'), eq(pointsEntries.sourceId, visitId)));
    expect(earned).toHaveLength(1);
  });
});
