import { ok } from '@shared/errors.ts';
import type { MutatorMap } from '../sync/mutators.ts';
import { setupLink } from './referral-link.service.ts';
import { linkView } from './referral.views.ts';

export const referralMutators = {
  // Makes the referrer's link on first use (the code comes from the server's CSPRNG), or changes how friends see them.
  'referral.setup': async ({ tx, customerId }, args) => ok(linkView(await setupLink(tx, customerId, args))),
} satisfies MutatorMap;
