import { and, asc, eq } from 'drizzle-orm';
import type { CreateVehicle, Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { publish } from '../sync/publish.ts';
import { familyMembers } from '../family/family.table.ts';
import { vehicleAccess } from '../family/vehicle-access.ts';
import { vehicles } from './vehicle.table.ts';

type VehicleRow = typeof vehicles.$inferSelect;

export const vehicleView = ({ createdAt: _created, ...v }: VehicleRow): Vehicle => v;

export async function createVehicle(tx: DbOrTx, input: CreateVehicle): Promise<Vehicle> {
  const [row] = await tx.insert(vehicles).values(input).returning();
  const vehicle = vehicleView(row!);
  await publish(tx, { customerId: vehicle.customerId, entity: ENTITIES.vehicle, id: vehicle.id, data: vehicle });
  return vehicle;
}

export async function updateMileage(tx: DbOrTx, vehicleId: string, mileageKm: number): Promise<Vehicle | null> {
  const [row] = await tx.update(vehicles).set({ mileageKm }).where(eq(vehicles.id, vehicleId)).returning();
  if (!row) return null;
  const vehicle = vehicleView(row);
  await publish(tx, { customerId: vehicle.customerId, entity: ENTITIES.vehicle, id: vehicle.id, data: vehicle });
  return vehicle;
}

/** The customer's own vehicles, then those a family member shares with them (server/family/). */
export async function listVehicles(db: DbOrTx, customerId: string): Promise<Vehicle[]> {
  const own = await db
    .select()
    .from(vehicles)
    .where(eq(vehicles.customerId, customerId))
    .orderBy(asc(vehicles.createdAt));
  const shared = await db
    .select({ v: vehicles })
    .from(familyMembers)
    .innerJoin(vehicles, eq(vehicles.id, familyMembers.vehicleId))
    .where(and(eq(familyMembers.memberId, customerId), eq(familyMembers.status, 'active')))
    .orderBy(asc(familyMembers.createdAt));
  return [...own, ...shared.map((r) => r.v)].map(vehicleView);
}

/**
 * A vehicle only if the customer may see it (their own, or shared with them: vehicleAccess): anyone
 * else's is indistinguishable from missing.
 */
export async function findOwnedVehicle(db: DbOrTx, customerId: string, id: string): Promise<Vehicle | null> {
  if (!(await vehicleAccess(db, customerId, id))) return null;
  const [row] = await db.select().from(vehicles).where(eq(vehicles.id, id));
  return row ? vehicleView(row) : null;
}

export async function findVehicle(db: DbOrTx, id: string): Promise<Vehicle | null> {
  const [row] = await db.select().from(vehicles).where(eq(vehicles.id, id));
  return row ? vehicleView(row) : null;
}
