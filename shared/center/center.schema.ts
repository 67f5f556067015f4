import * as v from 'valibot';
import { FenSchema, UuidSchema } from '../ids.ts';

/** Opening hours per weekday (0 = Sunday), as minutes since local midnight; null = closed. */
export const OpeningHoursSchema = v.pipe(
  v.array(
    v.nullable(
      v.object({
        open: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440)),
        close: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440)),
      }),
    ),
  ),
  v.length(7, 'must list 7 weekdays'),
);
export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;

export const ServiceTypeSchema = v.object({
  id: UuidSchema,
  code: v.string(),
  nameZh: v.string(),
  nameEn: v.string(),
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(15)),
  priceFromFen: FenSchema,
});
export type ServiceType = v.InferOutput<typeof ServiceTypeSchema>;

export const CenterSchema = v.object({
  id: UuidSchema,
  name: v.string(),
  nameEn: v.string(),
  address: v.string(),
  addressEn: v.string(),
  phone: v.string(),
  timeZone: v.string(),
  bays: v.pipe(v.number(), v.integer(), v.minValue(1)),
  openingHours: OpeningHoursSchema,
  serviceTypes: v.array(ServiceTypeSchema),
});
export type Center = v.InferOutput<typeof CenterSchema>;
