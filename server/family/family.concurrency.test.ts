/**
 * The member limit under a race: a vehicle with 4 members and 10 invitees who accept at the same
 * moment through the real API gets exactly 1 more member; the other 9 are told the vehicle is full.
 * On PGlite and (TEST_DATABASE_URL) on the PostgreSQL server, where the accepts really run in parallel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VehicleFamily } from '@shared/family/family.schema.ts';
import { startTestServer, type TestServer, testClock } from '../../tests/helpers/test-server.ts';
import { accept, customer, invite, share, vehicleOf } from './family.test-kit.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ clock: testClock('2026-11-23T01:00:00Z') });
});
afterAll(() => s?.stop());

describe('accepting at once', () => {
  it('10 concurrent accepts for a vehicle with 4 members yield exactly 1 more member', async () => {
    const owner = await customer(s, '张先生');
    const vehicleId = await vehicleOf(s, owner.id);
    for (let i = 0; i < 4; i++) await share(s, owner, vehicleId, await customer(s, `家人${i}`), 'view');
    const racers = await Promise.all(Array.from({ length: 10 }, (_, i) => customer(s, `亲戚${i}`)));
    const invitations: string[] = [];
    for (const r of racers) {
      const inv = await invite(owner, vehicleId, r, 'view');
      expect(inv.status).toBe(201);
      invitations.push(inv.body.id);
    }

    const answers = await Promise.all(racers.map((r, i) => accept(s, r, invitations[i]!)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((x) => x === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409 && a.body.error === 'family_full')).toHaveLength(9);

    const family = await owner.get<VehicleFamily>(`/api/family/vehicles/${vehicleId}`);
    expect(family.body.members).toHaveLength(5);
    const winner = racers[answers.findIndex((a) => a.status === 200)]!;
    expect(family.body.members.map((m) => m.name)).toContain(
      (await winner.get<{ name: string }>('/api/auth/me')).body.name,
    );
  });
});
