/** The vehicle's remarks from the device's mirror (scope: the vehicle), so they show offline too. */
import type { Accessor } from 'solid-js';
import type { Remark } from '@shared/remarks/remark.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { liveRecords } from '../sync/records.ts';

export const liveRemarks = (vehicleId: Accessor<string | undefined>) => liveRecords(ENTITIES.remark, vehicleId);

export const byRaised = (list: readonly Remark[]) => [...list].sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
