import type { Accessor } from 'solid-js';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { liveRecord, liveRecords, liveSingle } from '../sync/records.ts';

export const listVehicles = () => liveRecords<Vehicle>(ENTITIES.vehicle);
export const getVehicle = (id: Accessor<string | undefined>) => liveRecord<Vehicle>(ENTITIES.vehicle, id);
export const getProfile = () => liveSingle<{ id: string; name: string; phoneMasked: string }>(ENTITIES.profile);
