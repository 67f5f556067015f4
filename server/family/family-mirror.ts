/**
 * A shared vehicle in the member's own mirror. The owner's change log already holds every
 * customer-facing row of the vehicle (its record, bookings, visits, quotes), so:
 * - on accept, the newest of those rows are copied into the member's log;
 * - from then on each new change of the vehicle is copied as it is published (the publish fan-out);
 * - when the access ends, every row of the vehicle in the member's log gets a delete, so the next pull
 *   (poked at once through the live stream) drops the vehicle from the device.
 * Private rows of the owner (share links, proposals, deferrals, notifications) are never copied.
 */
import { and, eq, sql } from 'drizzle-orm';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { FamilyShare } from '@shared/family/family.schema.ts';
import { type DbOrTx, rowsOf } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { quotes } from '../quotes/quote.table.ts';
import { type PublishInput, publish } from '../sync/publish.ts';
import { familyMembers } from './family.table.ts';

/** Entities whose scope is the vehicle id. */
const BY_VEHICLE: string[] = [
  ENTITIES.booking,
  ENTITIES.visit,
  ENTITIES.finding,
  ENTITIES.reading,
  ENTITIES.visitProgress,
  ENTITIES.delivery,
];
/** Entities whose scope is a visit of the vehicle. */
const BY_VISIT: string[] = [ENTITIES.quote, ENTITIES.timelineEvent];
/** Entities whose scope is a quote of the vehicle. */
const BY_QUOTE: string[] = [ENTITIES.quoteAuthorization];

async function vehicleOf(tx: DbOrTx, input: PublishInput): Promise<string | null> {
  if (input.entity === ENTITIES.vehicle) return input.id;
  if (!input.scope) return null;
  if (BY_VEHICLE.includes(input.entity)) return input.scope;
  if (BY_VISIT.includes(input.entity)) {
    const [v] = await tx.select({ id: visits.vehicleId }).from(visits).where(eq(visits.id, input.scope));
    return v?.id ?? null;
  }
  if (BY_QUOTE.includes(input.entity)) {
    const [q] = await tx.select({ id: quotes.vehicleId }).from(quotes).where(eq(quotes.id, input.scope));
    return q?.id ?? null;
  }
  return null;
}

/** The publish fan-out (set in app.ts): the owner's change of a shared vehicle, copied to each member. */
export async function familyFanOut(tx: DbOrTx, input: PublishInput) {
  if (input.entity !== ENTITIES.vehicle && !BY_VEHICLE.includes(input.entity) && !BY_VISIT.includes(input.entity)) {
    if (!BY_QUOTE.includes(input.entity)) return;
  }
  const vehicleId = await vehicleOf(tx, input);
  if (!vehicleId) return;
  const members = await tx
    .select({ memberId: familyMembers.memberId })
    .from(familyMembers)
    .where(and(eq(familyMembers.vehicleId, vehicleId), eq(familyMembers.status, 'active')));
  for (const m of members) {
    if (m.memberId !== input.customerId) await publish(tx, { ...input, customerId: m.memberId, copy: true });
  }
}

type LatestRow = {
  entity: string;
  entity_id: string;
  scope: string;
  op: 'put' | 'delete';
  data: Record<string, unknown> | null;
};

/** The newest row of each (entity, id) of the vehicle in one customer's log. */
async function latestOfVehicle(tx: DbOrTx, customerId: string, vehicleId: string): Promise<LatestRow[]> {
  const list = (xs: string[]) =>
    sql.join(
      xs.map((x) => sql`${x}`),
      sql`, `,
    );
  const result: unknown = await tx.execute(sql`
    select distinct on (entity, entity_id) entity, entity_id, scope, op, data
    from change_log
    where customer_id = ${customerId} and (
      (entity = ${ENTITIES.vehicle} and entity_id = ${vehicleId})
      or (entity in (${list(BY_VEHICLE)}) and scope = ${vehicleId})
      or (entity in (${list(BY_VISIT)}) and scope in (select id::text from visit where vehicle_id = ${vehicleId}))
      or (entity in (${list(BY_QUOTE)}) and scope in (select id::text from quote where vehicle_id = ${vehicleId}))
    )
    order by entity, entity_id, seq desc`);
  return rowsOf<LatestRow>(result);
}

/** On accept: the vehicle as the owner's devices have it, and the share marker, into the member's log. */
export async function copyToMember(tx: DbOrTx, ownerId: string, share: FamilyShare, memberId: string) {
  for (const r of await latestOfVehicle(tx, ownerId, share.vehicleId)) {
    if (r.op !== 'put') continue;
    await publish(tx, {
      customerId: memberId,
      entity: r.entity,
      id: r.entity_id,
      scope: r.scope,
      data: r.data,
      copy: true,
    });
  }
  await publish(tx, {
    customerId: memberId,
    entity: ENTITIES.familyShare,
    id: share.id,
    scope: share.vehicleId,
    data: share,
  });
}

/** When the access ends: a delete for every row of the vehicle the member's devices hold. */
export async function dropFromMember(tx: DbOrTx, memberId: string, vehicleId: string, membershipId: string) {
  for (const r of await latestOfVehicle(tx, memberId, vehicleId)) {
    if (r.op !== 'put') continue;
    await publish(tx, {
      customerId: memberId,
      entity: r.entity,
      id: r.entity_id,
      scope: r.scope,
      data: null,
      copy: true,
    });
  }
  await publish(tx, {
    customerId: memberId,
    entity: ENTITIES.familyShare,
    id: membershipId,
    scope: vehicleId,
    data: null,
  });
}
