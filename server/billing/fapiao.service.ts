/**
 * The customer's receipt (发票) request on a visit's bill, through the outbox ('bill.requestFapiao'):
 * only their own visit (anyone else's is not found), only once it is out of the workshop (before
 * that there is no final bill). A later request replaces the earlier one; the bill row is
 * republished in the same transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { RequestFapiaoArgs } from '@shared/billing/fapiao.schema.ts';
import type { BillView } from '@shared/billing/bill-view.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import type { DbOrTx } from '../db/client.ts';
import { visits } from '../health-record/visit.table.ts';
import { publishBill } from './bill.publish.ts';
import { fapiaoRequests } from './fapiao.table.ts';

export async function requestFapiao(
  tx: DbOrTx,
  customerId: string,
  args: RequestFapiaoArgs,
  now: Date,
  clientId: string,
): Promise<Result<BillView>> {
  const [visit] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.id, args.visitId), eq(visits.customerId, customerId)))
    .for('update');
  if (!visit) return err('not_found', 'No such visit.');
  if (visit.status === 'in_progress')
    return err('conflict', 'The work is not finished yet: a receipt is requested on the final bill.');
  const fields = { title: args.title, email: args.email, requestedAt: now, clientId };
  await tx
    .insert(fapiaoRequests)
    .values({ visitId: visit.id, customerId, ...fields })
    .onConflictDoUpdate({ target: fapiaoRequests.visitId, set: fields });
  return ok((await publishBill(tx, visit.id))!);
}
