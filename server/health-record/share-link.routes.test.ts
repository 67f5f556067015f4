import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SharedHistory } from '@shared/health-record/record-view.schema.ts';
import type { MediaView } from '@shared/health-record/visit-view.schema.ts';
import { mutate, newToken, recordRoutesFixture, recordWithPhoto } from './health-record.routes.fixture.ts';

const f = recordRoutesFixture();

describe('share links', () => {
  const token = newToken();
  const linkId = randomUUID();
  let photo: MediaView;
  beforeAll(async () => {
    ({ photo } = await recordWithPhoto(f));
  });

  it('the owner creates a link through the outbox; it opens without sign-in and shows no name or phone', async () => {
    const { s, zhang, model3 } = f;
    expect(
      await mutate(zhang, 'shareLink.create', { id: linkId, vehicleId: model3.id, token, label: '买家' }),
    ).toMatchObject({ status: 'applied' });
    const page = await s.anon.fetch(`/share/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('常规保养');
    expect(html).toContain('基础保养');
    for (const secret of ['张先生', '13800138000', '沪AD12345', model3.vin]) expect(html).not.toContain(secret);
    const api = await s.anon.get<SharedHistory>(`/api/share/${token}`);
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).not.toMatch(/张先生|13800138000|沪AD12345/);
    const sharedPhoto = api.body.findings.flatMap((x) => x.photos)[0]!;
    expect((await s.anon.fetch(sharedPhoto.thumbUrl)).status).toBe(200);
  });

  it('a link cannot be made for someone else’s car, nor revoked by someone else', async () => {
    const { zhang, wang, modelY } = f;
    expect(
      await mutate(zhang, 'shareLink.create', { id: randomUUID(), vehicleId: modelY.id, token: newToken() }),
    ).toMatchObject({
      status: 'refused',
      reason: 'not_found',
    });
    const wangClient = randomUUID();
    const r = await wang.post<{ results: { status: string; reason: string }[] }>('/api/sync/push', {
      clientId: wangClient,
      mutations: [{ seq: 1, name: 'shareLink.revoke', args: { id: linkId }, at: new Date().toISOString() }],
    });
    expect(r.body.results[0]).toMatchObject({ status: 'refused', reason: 'not_found' });
  });

  it('a guessed or altered token is 404; the share token opens only that vehicle’s photos', async () => {
    const { s } = f;
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await s.anon.fetch(`/share/${altered}`)).status).toBe(404);
    expect((await s.anon.get(`/api/share/${altered}`)).status).toBe(404);
    expect((await s.anon.get(`/api/share/${newToken()}`)).status).toBe(404);
    expect((await s.anon.get('/api/share/short')).status).toBe(404);
    expect((await s.anon.fetch(`${photo.thumbUrl}?share=${altered}`)).status).toBe(404);
  });

  it('lists the link for the owner and revokes it: the link then answers 410', async () => {
    const { s, zhang, model3 } = f;
    const list = await zhang.get<{ id: string; revokedAt: string | null }[]>(
      `/api/health-record/vehicles/${model3.id}/share-links`,
    );
    expect(list.body).toEqual([expect.objectContaining({ id: linkId, revokedAt: null, label: '买家' })]);
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(await mutate(zhang, 'shareLink.revoke', { id: linkId })).toMatchObject({ status: 'applied' });
    const page = await s.anon.fetch(`/share/${token}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('不再分享');
    expect((await s.anon.get(`/api/share/${token}`)).status).toBe(410);
    expect((await s.anon.fetch(`${photo.thumbUrl}?share=${token}`)).status).toBe(404);
  });
});
