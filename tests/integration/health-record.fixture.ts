/**
 * Objects the route table's health-record entries need, made once per test file through the service
 * functions: for 张先生, 王女士 (same center) and the other center's customer, a visit with a finding
 * and a photo; and a live share link of 张先生's Model 3.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { recordFinding, recordVisit } from '../../server/health-record/health-record.service.ts';
import { createShareLink } from '../../server/health-record/share-link.service.ts';
import { storeImage } from '../../server/media/media.service.ts';
import { staff } from '../../server/staff/staff.table.ts';
import type { Ctx } from './route-kit.ts';

export type HrObjects = { visitId: string; findingId: string; mediaId: string };

export const tinyJpeg = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#48c' } })
    .jpeg()
    .toBuffer();

async function objectsFor(
  ctx: Ctx,
  centerId: string,
  username: string,
  customerId: string,
  vehicleId: string,
): Promise<HrObjects> {
  const db = ctx.s.db.db;
  const [who] = await db.select().from(staff).where(eq(staff.username, username));
  const actor = { centerId, staffId: who!.id };
  const now = new Date();
  return db.transaction(async (tx) => {
    const visit = await recordVisit(
      tx,
      actor,
      {
        vehicleId,
        title: '测试保养',
        serviceCode: null,
        mileageKm: 1,
        status: 'delivered',
        warrantyMonths: 12,
        items: [],
        payment: null,
        technicianId: null,
        note: null,
      },
      now,
    );
    if (!visit.ok) throw new Error(visit.message);
    const finding = await recordFinding(tx, actor, {
      visitId: visit.value.id,
      component: '测试',
      grade: 'green',
      measureKind: null,
      measureValue: null,
      note: '',
      recommendation: '',
    });
    if (!finding.ok) throw new Error(finding.message);
    const photo = await storeImage(
      tx,
      { customerId, vehicleId, ownerKind: 'finding', ownerId: finding.value.id, role: 'evidence' },
      await tinyJpeg(),
      'image/jpeg',
    );
    return { visitId: visit.value.id, findingId: finding.value.id, mediaId: photo.id };
  });
}

export const hr = {
  zhang: (ctx: Ctx) =>
    ctx.once('hr-zhang', () => objectsFor(ctx, ctx.f.centerId, 'advisor', ctx.f.zhang.id, ctx.f.zhang.vehicleId)),
  wang: (ctx: Ctx) =>
    ctx.once('hr-wang', () => objectsFor(ctx, ctx.f.centerId, 'advisor', ctx.f.wang.id, ctx.f.wang.vehicleId)),
  other: (ctx: Ctx) =>
    ctx.once('hr-other', () =>
      objectsFor(
        ctx,
        ctx.f.other.centerId,
        ctx.f.other.advisor.username,
        ctx.f.other.customerId,
        ctx.f.other.vehicleId,
      ),
    ),
  /** A live share link of 张先生's Model 3: its token. */
  shareToken: (ctx: Ctx) =>
    ctx.once('hr-share', async () => {
      const token = randomBytes(32).toString('base64url');
      const r = await ctx.s.db.db.transaction((tx) =>
        createShareLink(
          tx,
          ctx.s.deps.secret,
          ctx.f.zhang.id,
          { id: randomUUID(), vehicleId: ctx.f.zhang.vehicleId, token, label: null },
          new Date(),
        ),
      );
      if (!r.ok) throw new Error(r.message);
      return token;
    }),
  /** A multipart upload body for a photo on `findingId`. */
  uploadForm: async (findingId: string, overrides: Record<string, string> = {}) => {
    const form = new FormData();
    form.set('ownerKind', 'finding');
    form.set('ownerId', findingId);
    for (const [k, v] of Object.entries(overrides)) form.set(k, v);
    form.set('file', new Blob([new Uint8Array(await tinyJpeg())], { type: 'image/jpeg' }), 'photo.jpg');
    return form;
  },
};
