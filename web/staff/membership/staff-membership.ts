/** The membership console's calls (staff work online: straight to the API through the typed client). */
import type { MembershipSettings } from '@shared/membership/settings.schema.ts';
import type { AdjustmentInputSchema } from '@shared/membership/staff-membership.schema.ts';
import type * as v from 'valibot';
import { call, staffApi } from '../staff-client.ts';

const api = staffApi.membership;

export const loadSettings = () => call(api.settings.$get());
export const saveSettings = (json: MembershipSettings) => call(api.settings.$put({ json }));
export const loadMembers = () => call(api.members.$get({ query: {} }));
export const loadMember = (id: string) => call(api.members[':id'].$get({ param: { id } }));
export const adjust = (json: v.InferOutput<typeof AdjustmentInputSchema>) => call(api.adjustments.$post({ json }));
