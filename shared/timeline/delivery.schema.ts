/**
 * The delivery summary (docs/ui.md moment 4, seed 001): what was done, before/after, what was found and
 * left for later, the warranty, the next visit, and the verification checklist the customer confirms
 * item by item.
 *
 * The summary is a join on the device, so nothing is published twice:
 *   - the health record's 'visit' row (same id): itemized work, totals, warranty end, before/after photos;
 *   - the health record's 'finding' rows of that visit whose status is not 'fixed': found, left for later
 *     (each with its one-tap booking link, see `serviceForComponent` and `bookingLink`);
 *   - this feature's 'delivery' row (id = visit id, scope = vehicle id): the verification checklist with
 *     each confirmation's time, the proposed next visit and the advisor's closing words.
 * The 'delivery' row is published when staff build the summary, re-published on each confirmation and
 * never deleted: the health-record screen shows it for that visit afterwards.
 */
import * as v from 'valibot';
import { text } from '../schema/text.ts';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';

/**
 * Seed 001's verification per repaired system: brakes, noise, range/battery health, and "other"
 * split into its three checks (no warning lights, the repaired function works, clean car).
 */
export const CHECK_KEYS = ['brakes', 'noise', 'range', 'warning_lights', 'function', 'cleanliness'] as const;
export const CheckKeySchema = v.picklist(CHECK_KEYS);
export type CheckKey = v.InferOutput<typeof CheckKeySchema>;

export const DeliveryCheckSchema = v.object({
  key: CheckKeySchema,
  /** What was checked, in the advisor's words ("前刹车片已更换，试车制动正常"). */
  note: v.string(),
  /** When the customer confirmed it in the app (server time), or null while open. */
  confirmedAt: v.nullable(IsoDateTimeSchema),
});
export type DeliveryCheck = v.InferOutput<typeof DeliveryCheckSchema>;

export const NextVisitSchema = v.object({
  serviceCode: v.pipe(text(), v.minLength(1), v.maxLength(40)),
  dueDate: IsoDateSchema,
  note: v.optional(v.nullable(v.pipe(text(), v.trim(), v.maxLength(200))), null),
});

export const DeliverySchema = v.object({
  visitId: UuidSchema,
  vehicleId: UuidSchema,
  checks: v.array(DeliveryCheckSchema),
  nextVisit: v.nullable(NextVisitSchema),
  /** The advisor's closing words: the value of what was done (seed 001 step 2). */
  note: v.nullable(v.string()),
  noteEn: v.optional(v.nullable(v.string()), null),
  advisorName: v.string(),
  builtAt: IsoDateTimeSchema,
});
export type Delivery = v.InferOutput<typeof DeliverySchema>;

/** Staff input: the parts of the summary a person decides; the rest comes from the visit's records. */
export const BuildDeliverySchema = v.object({
  checks: v.pipe(
    v.array(
      v.object({
        key: CheckKeySchema,
        note: v.pipe(text(), v.trim(), v.minLength(1, 'is required'), v.maxLength(200, 'is too long')),
      }),
    ),
    v.minLength(1, 'needs at least one check'),
    v.maxLength(CHECK_KEYS.length),
    v.check((list) => new Set(list.map((c) => c.key)).size === list.length, 'lists a check twice'),
  ),
  nextVisit: v.optional(v.nullable(NextVisitSchema), null),
  note: v.optional(v.nullable(v.pipe(text(), v.trim(), v.maxLength(500, 'is too long'))), null),
  /** The closing words' optional English text, for a customer who reads English. */
  noteEn: v.optional(v.nullable(v.pipe(text(), v.trim(), v.maxLength(500, 'is too long'))), null),
});
export type BuildDelivery = v.InferOutput<typeof BuildDeliverySchema>;

/** Customer mutation 'delivery.confirmCheck': "yes, I checked this with the advisor". */
export const ConfirmCheckArgsSchema = v.object({ visitId: UuidSchema, key: CheckKeySchema });
export type ConfirmCheckArgs = v.InferOutput<typeof ConfirmCheckArgsSchema>;

/** The one-tap booking path for a service on a vehicle (booking reads these query parameters). */
export const bookingLink = (vehicleId: string, serviceCode: string) =>
  `/booking?vehicle=${encodeURIComponent(vehicleId)}&service=${encodeURIComponent(serviceCode)}`;

const SERVICE_HINTS: [RegExp, string][] = [
  [/刹车|制动|brake/i, 'brake_check'],
  [/轮胎|胎纹|胎压|tyre|tire|tread/i, 'tire_rotation'],
  [/滤芯|滤清|filter/i, 'cabin_filter'],
  [/电池|续航|故障|battery|fault|suspension|悬挂/i, 'diagnosis'],
];

/** The service type that would take care of a finding, from its component's words; else maintenance. */
export function serviceForComponent(component: string): string {
  return SERVICE_HINTS.find(([re]) => re.test(component))?.[1] ?? 'maintenance';
}
