import { eq } from 'drizzle-orm';
import type { BookingProposal } from '@shared/booking/booking.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { staff } from '../staff/staff.table.ts';
import { publish } from '../sync/publish.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { bookingProposals } from './booking.table.ts';
import { getServiceType } from './capacity.service.ts';

type ProposalRow = typeof bookingProposals.$inferSelect;

export async function proposalView(db: DbOrTx, p: ProposalRow): Promise<BookingProposal> {
  const type = (await getServiceType(db, p.centerId, p.serviceTypeId))!;
  const [vehicle] = await db
    .select({ plate: vehicles.plate, model: vehicles.model })
    .from(vehicles)
    .where(eq(vehicles.id, p.vehicleId));
  const [by] = p.proposedBy ? await db.select({ name: staff.name }).from(staff).where(eq(staff.id, p.proposedBy)) : [];
  return {
    id: p.id,
    vehicleId: p.vehicleId,
    vehicle: vehicle ?? { plate: '', model: '' },
    serviceTypeId: p.serviceTypeId,
    serviceCode: type.code,
    serviceName: { zh: type.nameZh, en: type.nameEn },
    note: p.note,
    noteEn: p.noteEn,
    suggestedStartsAt: p.suggestedStartsAt.toISOString(),
    proposedBy: by?.name ?? '',
    status: p.status,
    bookingId: p.bookingId,
    createdAt: p.createdAt.toISOString(),
  };
}

export async function publishProposal(tx: DbOrTx, p: ProposalRow): Promise<BookingProposal> {
  const view = await proposalView(tx, p);
  await publish(tx, {
    customerId: p.customerId,
    entity: ENTITIES.bookingProposal,
    id: p.id,
    scope: p.vehicleId,
    data: view,
  });
  return view;
}

/** Marks a proposal accepted (with its booking) or declined, and publishes it. */
export async function decideProposal(
  tx: DbOrTx,
  id: string,
  status: 'accepted' | 'declined',
  now: Date,
  bookingId: string | null = null,
) {
  const [p] = await tx
    .update(bookingProposals)
    .set({ status, decidedAt: now, bookingId })
    .where(eq(bookingProposals.id, id))
    .returning();
  return p ? publishProposal(tx, p) : null;
}
