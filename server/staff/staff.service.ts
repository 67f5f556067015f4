import { and, eq, ilike, inArray, or } from 'drizzle-orm';
import { maskPhone, type StaffRole } from '@shared/auth/auth.schema.ts';
import { hashPassword, verifyPassword } from '../auth/crypto.ts';
import { customers } from '../customers/customer.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { vehicles } from '../vehicles/vehicle.table.ts';
import { vehicleView } from '../vehicles/vehicle.service.ts';
import { staff } from './staff.table.ts';

/** A new staff member; `passwordHash` is a hashPassword() result made earlier (the demo reuses its own). */
export async function createStaff(
  db: DbOrTx,
  input: { centerId: string; username: string; name: string; role: StaffRole } & (
    | { password: string }
    | { passwordHash: string }
  ),
) {
  const { centerId, username, name, role } = input;
  const passwordHash = 'passwordHash' in input ? input.passwordHash : await hashPassword(input.password);
  const [s] = await db.insert(staff).values({ centerId, username, name, role, passwordHash }).returning();
  return s!;
}

export async function checkStaffPassword(db: DbOrTx, username: string, password: string) {
  const [s] = await db.select().from(staff).where(eq(staff.username, username));
  // Hash even for unknown names so the answer time does not reveal which usernames exist.
  const ok = await verifyPassword(password, s?.passwordHash ?? '00:00');
  return ok && s ? s : null;
}

export async function listTeam(db: DbOrTx, centerId: string) {
  const rows = await db.select().from(staff).where(eq(staff.centerId, centerId)).orderBy(staff.role, staff.name);
  return rows.map(({ id, name, role, username }) => ({ id, name, role, username }));
}

/** Finds the center's customers by part of a phone number, a plate or a name, with their vehicles. */
export async function searchCustomers(db: DbOrTx, centerId: string, q: string) {
  const like = `%${q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
  const byVehicle = db.select({ id: vehicles.customerId }).from(vehicles).where(ilike(vehicles.plate, like));
  const found = await db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.centerId, centerId),
        or(ilike(customers.phone, like), ilike(customers.name, like), inArray(customers.id, byVehicle)),
      ),
    )
    .limit(20);
  return Promise.all(found.map((c) => customerCard(db, c)));
}

export async function customerCard(db: DbOrTx, c: typeof customers.$inferSelect) {
  const cars = await db.select().from(vehicles).where(eq(vehicles.customerId, c.id));
  return {
    id: c.id,
    name: c.name,
    phone: c.phone,
    phoneMasked: maskPhone(c.phone),
    locale: c.locale === 'en' ? ('en' as const) : ('zh-CN' as const),
    vehicles: cars.map(vehicleView),
  };
}

export async function findCenterCustomer(db: DbOrTx, centerId: string, id: string) {
  const [c] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), eq(customers.centerId, centerId)));
  return c ?? null;
}
