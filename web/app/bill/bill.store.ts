/** The final bill rows from the device's mirror (work offline) and the receipt request, queued in the outbox. */
import type { Accessor } from 'solid-js';
import type { BillView } from '@shared/billing/bill-view.ts';
import type { RequestFapiaoArgs } from '@shared/billing/fapiao.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { enqueue } from '../../sync/outbox.ts';
import { liveRecord, liveRecords } from '../../sync/records.ts';

export type BillRow = BillView & { _pending?: number };

export const liveBill = (visitId: Accessor<string | undefined>) => liveRecord(ENTITIES.bill, visitId);
export const liveBills = (vehicleId: Accessor<string | undefined>) => liveRecords(ENTITIES.bill, vehicleId);

export const requestFapiao = (args: RequestFapiaoArgs) => enqueue('bill.requestFapiao', args);
