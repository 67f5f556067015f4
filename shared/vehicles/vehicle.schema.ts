import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { IsoDateSchema, UuidSchema } from '../ids.ts';

export const VehicleSchema = v.object({
  id: UuidSchema,
  customerId: UuidSchema,
  model: v.string(),
  plate: v.string(),
  vin: v.string(),
  color: v.nullable(v.string()),
  mileageKm: v.pipe(v.number(), v.integer(), v.minValue(0)),
  purchaseDate: IsoDateSchema,
  warrantyUntil: v.nullable(IsoDateSchema),
  warrantyKm: v.nullable(v.number()),
});
export type Vehicle = v.InferOutput<typeof VehicleSchema>;

export const VehicleListSchema = v.array(VehicleSchema);

export const CreateVehicleSchema = v.object({
  customerId: UuidSchema,
  model: v.pipe(text(), v.trim(), v.minLength(1, 'is required'), v.maxLength(80)),
  plate: v.pipe(text(), v.trim(), v.minLength(5, 'is too short'), v.maxLength(12)),
  vin: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'must be a 17-character VIN')),
  color: v.optional(v.nullable(v.pipe(text(), v.maxLength(30))), null),
  mileageKm: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_000_000)),
  purchaseDate: IsoDateSchema,
  warrantyUntil: v.optional(v.nullable(IsoDateSchema), null),
  warrantyKm: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_000_000))), null),
});
export type CreateVehicle = v.InferOutput<typeof CreateVehicleSchema>;

/** "5YJ3E1EA7KF317000" → "5YJ3E1EA*****7000": recognisable on screen, useless if photographed. */
export const maskVin = (vin: string) => `${vin.slice(0, 8)}${'*'.repeat(Math.max(0, vin.length - 12))}${vin.slice(-4)}`;

export type WarrantyStatus = 'active' | 'expired' | 'unknown';
export function warrantyStatus(
  vehicle: Pick<Vehicle, 'warrantyUntil' | 'warrantyKm' | 'mileageKm'>,
  today: string,
): WarrantyStatus {
  if (!vehicle.warrantyUntil) return 'unknown';
  if (vehicle.warrantyUntil < today) return 'expired';
  if (vehicle.warrantyKm !== null && vehicle.mileageKm > vehicle.warrantyKm) return 'expired';
  return 'active';
}
