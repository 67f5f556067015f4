import { and, asc, eq } from 'drizzle-orm';
import { maskPhone } from '@shared/auth/auth.schema.ts';
import type { Preferences } from '@shared/settings/preferences.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { centerView } from '../center/center.service.ts';
import { centers } from '../center/center.table.ts';
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
  smsFallback: c.smsFallback,
  quietFrom: c.quietFrom,
  quietTo: c.quietTo,
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

/** This center's customer with that phone (a phone may be a customer of several centers). */
export async function findCenterCustomerByPhone(db: DbOrTx, centerId: string, phone: string) {
  const [c] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.centerId, centerId), eq(customers.phone, phone)));
  return c ?? null;
}

/**
 * The center the app signs new customers into: the first one set up. One deployment serves one
 * center's app; further centers on the same database keep their own customers.
 */
export async function homeCenterId(db: DbOrTx): Promise<string | null> {
  const [c] = await db
    .select({ id: centers.id })
    .from(centers)
    .orderBy(asc(centers.createdAt), asc(centers.id))
    .limit(1);
  return c?.id ?? null;
}

/**
 * Whom a verified phone signs in as: the home center's customer, else the phone's only (oldest)
 * relationship with another center, else null (the caller registers it with the home center).
 */
export async function findSignInCustomer(db: DbOrTx, phone: string) {
  const home = await homeCenterId(db);
  if (home) {
    const atHome = await findCenterCustomerByPhone(db, home, phone);
    if (atHome) return atHome;
  }
  const [c] = await db
    .select()
    .from(customers)
    .where(eq(customers.phone, phone))
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(1);
  return c ?? null;
}

export async function getCustomer(db: DbOrTx, id: string) {
  const [c] = await db.select().from(customers).where(eq(customers.id, id));
  return c ?? null;
}
