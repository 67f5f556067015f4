import { eq } from 'drizzle-orm';
import type { Center, OpeningHours } from '@shared/center/center.schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { centers, serviceTypes } from './center.table.ts';

export type NewCenter = {
  name: string;
  nameEn: string;
  address: string;
  addressEn: string;
  phone: string;
  timeZone: string;
  bays: number;
  openingHours: OpeningHours;
  serviceTypes: { code: string; nameZh: string; nameEn: string; durationMinutes: number; priceFromFen: number }[];
};

export async function createCenter(db: DbOrTx, input: NewCenter): Promise<string> {
  const { serviceTypes: types, ...row } = input;
  const [center] = await db.insert(centers).values(row).returning({ id: centers.id });
  if (types.length) await db.insert(serviceTypes).values(types.map((t) => ({ ...t, centerId: center!.id })));
  return center!.id;
}

/** The center as customers see it (also the `center` entity mirrored to devices). */
export async function centerView(db: DbOrTx, centerId: string): Promise<Center | null> {
  const [c] = await db.select().from(centers).where(eq(centers.id, centerId));
  if (!c) return null;
  const types = await db
    .select()
    .from(serviceTypes)
    .where(eq(serviceTypes.centerId, centerId))
    .orderBy(serviceTypes.durationMinutes);
  return {
    id: c.id,
    name: c.name,
    nameEn: c.nameEn,
    address: c.address,
    addressEn: c.addressEn,
    phone: c.phone,
    timeZone: c.timeZone,
    bays: c.bays,
    openingHours: c.openingHours,
    serviceTypes: types.map(({ centerId: _c, ...t }) => t),
  };
}
