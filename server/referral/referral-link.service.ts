/**
 * The referrer's personal link. The code is made here from the CSPRNG (never from the customer's
 * name, phone or id), once per referrer; changing how friends see you keeps the same code.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SetupReferralArgs } from '@shared/referral/referral.schema.ts';
import type { DbOrTx } from '../db/client.ts';
import { referralLinks } from './referral.table.ts';
import { publishLink } from './referral.views.ts';

export const newReferralCode = () => randomBytes(12).toString('base64url');

export async function setupLink(tx: DbOrTx, customerId: string, args: SetupReferralArgs) {
  const [row] = await tx
    .insert(referralLinks)
    .values({ customerId, code: newReferralCode(), familyName: args.familyName, title: args.title })
    .onConflictDoUpdate({
      target: referralLinks.customerId,
      set: { familyName: args.familyName, title: args.title },
    })
    .returning();
  await publishLink(tx, row!);
  return row!;
}

export async function findLinkByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(referralLinks).where(eq(referralLinks.code, code));
  return row ?? null;
}
