import type { Accessor } from 'solid-js';
import { ENTITIES } from '@shared/sync/entities.ts';
import { liveRecord, liveRecords, liveSingle } from '../sync/records.ts';

export const listVehicles = () => liveRecords(ENTITIES.vehicle);
export const getVehicle = (id: Accessor<string | undefined>) => liveRecord(ENTITIES.vehicle, id);
export const getProfile = () => liveSingle(ENTITIES.profile);
/** Vehicles someone shares with me (server/family/ mirrors a `family_share` row per shared vehicle). */
export const listShares = () => liveRecords(ENTITIES.familyShare);
