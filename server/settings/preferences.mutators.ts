import { eq } from 'drizzle-orm';
import { ok } from '@shared/errors.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { customers } from '../customers/customer.table.ts';
import { preferencesOf } from '../customers/customer.service.ts';
import { publish } from '../sync/publish.ts';
import type { MutatorMap } from '../sync/mutators.ts';

export const preferencesMutators = {
  'preferences.set': async ({ tx, customerId }, args) => {
    const [row] = await tx.update(customers).set(args).where(eq(customers.id, customerId)).returning();
    const preferences = preferencesOf(row!);
    await publish(tx, {
      customerId,
      entity: ENTITIES.preferences,
      id: customerId,
      data: { id: customerId, ...preferences },
    });
    return ok(preferences);
  },
} satisfies MutatorMap;
