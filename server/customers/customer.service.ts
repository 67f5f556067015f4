import { eq } from 'drizzle-orm';
import { maskPhone } from '@shared/auth/auth.schema.ts';
import type { Preferences } from '@shared/settings/preferences.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { centerView } from '../center/center.service.ts';
import type { DbOrTx } from '../db/client.ts';
import { publish } from '../sync/publish.ts';
import { customers } from './customer.table.ts';

type CustomerRow = typeof customers.$inferSelect;

export const preferencesOf = (c: CustomerRow): Preferences => ({
  locale: c.locale === 'en' ? 'en' : 'zh-CN',
  largeText: c.largeText,
  notifyReminders: c.notifyReminders,
  notifyTimeline: c.notifyTimeline,
  notifyQuotes: c.notifyQuotes,
  notifyMarketing: c.notifyMarketing,
});

export const profileOf = (c: CustomerRow) => ({ id: c.id, name: c.name, phoneMasked: maskPhone(c.phone) });

/** Creates a customer and gives their devices the profile, preferences and center to start from. */
export async function createCustomer(tx: DbOrTx, input: { centerId: string; phone: string; name: string }) {
  const [row] = await tx.insert(customers).values(input).returning();
  const c = row!;
  await publish(tx, { customerId: c.id, entity: ENTITIES.profile, id: c.id, data: profileOf(c) });
  await publish(tx, {
    customerId: c.id,
    entity: ENTITIES.preferences,
    id: c.id,
    data: { id: c.id, ...preferencesOf(c) },
  });
  const center = await centerView(tx, c.centerId);
  if (center) await publish(tx, { customerId: c.id, entity: ENTITIES.center, id: center.id, data: center });
  return c;
}

export async function findCustomerByPhone(db: DbOrTx, phone: string) {
  const [c] = await db.select().from(customers).where(eq(customers.phone, phone));
  return c ?? null;
}

export async function getCustomer(db: DbOrTx, id: string) {
  const [c] = await db.select().from(customers).where(eq(customers.id, id));
  return c ?? null;
}
