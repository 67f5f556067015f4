import * as v from 'valibot';
import { CustomerMeSchema } from './auth.schema.ts';

/** The `profile` view row: who is signed in on this device (the phone masked). */
export const ProfileSchema = v.omit(CustomerMeSchema, ['kind']);
export type Profile = v.InferOutput<typeof ProfileSchema>;
