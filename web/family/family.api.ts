/**
 * Family access calls (typed client). Inviting, accepting and ending a share are online acts (a text
 * message, a code, an at-once revocation), so they call the API directly instead of the outbox.
 */
import type { FamilyScope } from '@shared/family/family.schema.ts';
import { call, client } from '../sync/client.ts';

const f = client.family;

export const vehicleFamily = (vehicleId: string) => call(f.vehicles[':id'].$get({ param: { id: vehicleId } }));

export const inviteFamily = (input: {
  vehicleId: string;
  phone: string;
  scope: FamilyScope;
  approveLimitFen: number;
}) => call(f.invitations.$post({ json: input }));

export const cancelInvitation = (id: string) => call(f.invitations[':id'].cancel.$post({ param: { id }, json: {} }));

export const revokeMember = (id: string) => call(f.members[':id'].revoke.$post({ param: { id }, json: {} }));

export const leaveShare = (id: string) => call(f.members[':id'].leave.$post({ param: { id }, json: {} }));

export const incomingInvitations = () => call(f.invitations.incoming.$get());

export const sendInviteCode = (id: string) => call(f.invitations[':id'].code.$post({ param: { id }, json: {} }));

export const acceptInvitation = (id: string, code: string) =>
  call(f.invitations[':id'].accept.$post({ param: { id }, json: { code } }));
