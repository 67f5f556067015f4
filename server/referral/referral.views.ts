/** The referrer's view rows (link, invitees, rewards) and publishing them to the referrer's devices. */
import type { Invitee, ReferralLink, Reward } from '@shared/referral/referral.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import type { DbOrTx } from '../db/client.ts';
import { publish } from '../sync/publish.ts';
import type { referralLeads, referralLinks, referralRewards } from './referral.table.ts';

type LinkRow = typeof referralLinks.$inferSelect;
type LeadRow = typeof referralLeads.$inferSelect;
type RewardRow = typeof referralRewards.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const linkView = (r: LinkRow): ReferralLink => ({
  id: r.customerId,
  code: r.code,
  familyName: r.familyName,
  title: r.title,
  createdAt: r.createdAt.toISOString(),
});

/** What the referrer sees of a friend: the form of address the friend gave, and the progress. Never the phone. */
export const inviteeView = (r: LeadRow): Invitee => ({
  id: r.id,
  name: r.name,
  status: r.status,
  service: r.service,
  preferredDate: r.preferredDate,
  partOfDay: r.partOfDay,
  invitedAt: r.invitedAt.toISOString(),
  bookedAt: iso(r.bookedAt),
  visitedAt: iso(r.visitedAt),
  purchasedAt: iso(r.purchasedAt),
});

export const rewardView = (r: RewardRow): Reward => ({
  id: r.id,
  year: r.year,
  level: r.level,
  points: r.points,
  grantedAt: r.createdAt.toISOString(),
});

export const publishLink = (tx: DbOrTx, r: LinkRow) =>
  publish(tx, { customerId: r.customerId, entity: ENTITIES.referralLink, id: r.customerId, data: linkView(r) });
export const publishInvitee = (tx: DbOrTx, r: LeadRow) =>
  publish(tx, { customerId: r.referrerId, entity: ENTITIES.referralInvitee, id: r.id, data: inviteeView(r) });
export const publishReward = (tx: DbOrTx, r: RewardRow) =>
  publish(tx, { customerId: r.customerId, entity: ENTITIES.referralReward, id: r.id, data: rewardView(r) });
