/**
 * The referrer's mirror: their link, the friends it brought and the reward levels reached, all
 * published by the server and read live (offline too). Making the link is one outbox mutation; the
 * code itself comes back from the server, which alone makes it.
 */
import { ENTITIES } from '@shared/sync/entities.ts';
import type { Invitee, SetupReferralArgs } from '@shared/referral/referral.schema.ts';
import { enqueue } from '../sync/outbox.ts';
import { liveRecords, liveSingle } from '../sync/records.ts';

/** The signed-in customer's profile: its 张先生-style name pre-fills how friends see them. */
export const getProfile = () => liveSingle(ENTITIES.profile);
export const getReferralLink = () => liveSingle(ENTITIES.referralLink);
export const listInvitees = () => liveRecords(ENTITIES.referralInvitee);
export const listRewards = () => liveRecords(ENTITIES.referralReward);

export const setupReferral = (args: SetupReferralArgs) => enqueue('referral.setup', args);

/** Friends who came (visited or purchased) in a calendar year, counted in the center's zone by the server's marks. */
export const cameIn = (invitees: readonly Invitee[], year: number, yearOf: (iso: string) => number) =>
  invitees.filter((i) => {
    const at = i.visitedAt ?? i.purchasedAt;
    return at !== null && yearOf(at) === year;
  }).length;
