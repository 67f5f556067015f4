/**
 * A deferred line becomes a booking proposal at the chosen time (the booking feature's proposeVisit:
 * the customer sees it in Booking and accepts it with one tap, and is notified). The quote's own
 * deferral row is kept either way, so a deferred line is never lost even if no proposal can be made.
 */
import { and, eq } from 'drizzle-orm';
import { proposeVisit } from '../booking/proposal.service.ts';
import { serviceTypes } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import type { DeferralProposer } from './deferral-hook.ts';

const DEFAULT_SERVICE = 'maintenance';

async function serviceTypeId(tx: DbOrTx, centerId: string, code: string | null) {
  for (const c of [code, DEFAULT_SERVICE]) {
    if (!c) continue;
    const [t] = await tx
      .select({ id: serviceTypes.id })
      .from(serviceTypes)
      .where(and(eq(serviceTypes.centerId, centerId), eq(serviceTypes.code, c)));
    if (t) return t.id;
  }
  return null;
}

export const proposeDeferred: DeferralProposer = async (tx, q, line, dueAt, now) => {
  const typeId = await serviceTypeId(tx, q.centerId, line.serviceCode);
  if (!typeId || !q.createdById) return null;
  const r = await proposeVisit(
    tx,
    now,
    { staffId: q.createdById, centerId: q.centerId },
    {
      customerId: q.customerId,
      vehicleId: q.vehicleId,
      serviceTypeId: typeId,
      suggestedStartsAt: dueAt.toISOString(),
      note: `报价中推迟的项目：${line.title}`.slice(0, 300),
      noteEn: `Put off from the quote: ${line.titleEn ?? line.title}`.slice(0, 300),
    },
  );
  return r.ok ? r.value.id : null;
};
