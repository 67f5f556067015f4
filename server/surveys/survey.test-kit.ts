/** Test helpers for the surveys: a delivered visit of a device's customer, recorded by the demo advisor. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { recordVisit } from '../health-record/health-record.service.ts';
import { customers } from '../customers/customer.table.ts';
import { staff } from '../staff/staff.table.ts';

export const GOOD = { attitude: 5, expertise: 5, waiting: 4, overall: 5, nps: 10 };
export const LOW = { attitude: 3, expertise: 3, waiting: 1, overall: 2, nps: 5, comment: '等了两个小时' };

export async function deliveredVisit(db: Db, customerId: string, vehicleId: string, deliveredAt: Date) {
  const [c] = await db.select().from(customers).where(eq(customers.id, customerId));
  const [advisor] = await db.select().from(staff).where(eq(staff.username, 'advisor'));
  const r = await db.transaction((tx) =>
    recordVisit(
      tx,
      { centerId: c!.centerId, staffId: advisor!.id },
      {
        vehicleId,
        title: '常规保养',
        serviceCode: null,
        mileageKm: 12_000,
        status: 'delivered',
        checkedInAt: new Date(deliveredAt.getTime() - 3 * 3600_000).toISOString(),
        deliveredAt: deliveredAt.toISOString(),
        warrantyMonths: 12,
        items: [{ title: '机油', titleEn: null, partName: null, partsFen: 30_000, labourFen: 10_000 }],
        payment: null,
        technicianId: null,
        note: null,
      },
      deliveredAt,
    ),
  );
  if (!r.ok) throw new Error(`deliveredVisit: ${r.code}`);
  return r.value.id;
}
