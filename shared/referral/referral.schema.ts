/**
 * Referrals (capability 5, seed 003): the referrer's personal link, the friends it brought and the
 * reward levels reached. The link carries only an opaque random code; the friend's page learns the
 * referrer's family name and title (张先生) and nothing else of them.
 */
import * as v from 'valibot';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from '../ids.ts';
import { text } from '../schema/text.ts';

/** 12 random bytes, base64url: 96 bits, so codes can be neither guessed nor walked. */
export const REFERRAL_CODE_LENGTH = 16;
export const ReferralCodeSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16}$/, 'is not a referral code'));
export const CodeParamSchema = v.object({ code: ReferralCodeSchema });

export const TITLES = ['mr', 'ms'] as const;
export const TitleSchema = v.picklist(TITLES);
export type Title = v.InferOutput<typeof TitleSchema>;
const TITLE_ZH: Record<Title, string> = { mr: '先生', ms: '女士' };
const TITLE_EN: Record<Title, string> = { mr: 'Mr', ms: 'Ms' };

/** A family name: one or two Chinese characters (欧阳), or one Latin word — never a full name. */
export const FamilyNameSchema = v.pipe(
  text(),
  v.trim(),
  v.regex(/^(\p{Script=Han}{1,2}|[A-Za-z][A-Za-z'-]{0,19})$/u, 'must be a family name only'),
);

/** "张" + mr → 张先生 / "Mr Zhang"-style; the invite page shows this and nothing else of the referrer. */
export const addressOf = (familyName: string, title: Title, lang: 'zh' | 'en' = 'zh') =>
  /\p{Script=Han}/u.test(familyName) || lang === 'zh'
    ? `${familyName}${TITLE_ZH[title]}`
    : `${TITLE_EN[title]} ${familyName}`;

/** The center's form of address "张先生" / "王女士", split; null when the name is something else. */
export function parseAddress(name: string): { familyName: string; title: Title } | null {
  const m = name.trim().match(/^(\p{Script=Han}{1,2})(先生|女士|小姐)$/u);
  if (!m) return null;
  return { familyName: m[1]!, title: m[2] === '先生' ? 'mr' : 'ms' };
}

export const SetupReferralArgsSchema = v.object({ familyName: FamilyNameSchema, title: TitleSchema });
export type SetupReferralArgs = v.InferOutput<typeof SetupReferralArgsSchema>;

/** The `referral_link` view row (one per referrer, id = the customer's id). Code is null until the server made it. */
export const ReferralLinkSchema = v.object({
  id: UuidSchema,
  code: v.nullable(ReferralCodeSchema),
  familyName: v.string(),
  title: TitleSchema,
  createdAt: IsoDateTimeSchema,
});
export type ReferralLink = v.InferOutput<typeof ReferralLinkSchema>;

export const INVITEE_STATUSES = ['invited', 'booked', 'visited', 'purchased'] as const;
export const InviteeStatusSchema = v.picklist(INVITEE_STATUSES);
export type InviteeStatus = v.InferOutput<typeof InviteeStatusSchema>;
export const statusRank = (s: InviteeStatus) => INVITEE_STATUSES.indexOf(s);

export const INVITE_SERVICES = ['test_drive', 'first_service'] as const;
export const InviteServiceSchema = v.picklist(INVITE_SERVICES);
export type InviteService = v.InferOutput<typeof InviteServiceSchema>;
export const PARTS_OF_DAY = ['morning', 'afternoon'] as const;
export const PartOfDaySchema = v.picklist(PARTS_OF_DAY);
export type PartOfDay = v.InferOutput<typeof PartOfDaySchema>;

/** The `referral_invitee` view row the referrer sees: how the friend asked to be addressed, and how far they got. */
export const InviteeSchema = v.object({
  id: UuidSchema,
  name: v.string(),
  status: InviteeStatusSchema,
  service: v.nullable(InviteServiceSchema),
  preferredDate: v.nullable(IsoDateSchema),
  partOfDay: v.nullable(PartOfDaySchema),
  invitedAt: IsoDateTimeSchema,
  bookedAt: v.nullable(IsoDateTimeSchema),
  visitedAt: v.nullable(IsoDateTimeSchema),
  purchasedAt: v.nullable(IsoDateTimeSchema),
});
export type Invitee = v.InferOutput<typeof InviteeSchema>;

/** The `referral_reward` view row: a level reached in a calendar year (granted once). */
export const RewardSchema = v.object({
  id: UuidSchema,
  year: v.number(),
  level: v.number(),
  points: v.number(),
  grantedAt: IsoDateTimeSchema,
});
export type Reward = v.InferOutput<typeof RewardSchema>;
