/**
 * Customer sign-in codes. A code is six CSPRNG digits, stored only as an HMAC, valid for 10 minutes,
 * used once, and dead after 5 wrong tries. Sends are limited per phone number and per IP, counted
 * from the table itself so the limit holds across processes.
 */
import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import {
  OTP_MAX_ATTEMPTS,
  OTP_SEND_WINDOW_MS,
  OTP_SENDS_PER_IP,
  OTP_SENDS_PER_PHONE,
  OTP_TTL_MS,
} from '@shared/auth/auth.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import type { Db } from '../db/client.ts';
import { otpCodes } from './auth.table.ts';
import { hmac, newOtp, safeEqual } from './crypto.ts';
import type { SmsSender } from './sms.ts';

type Ctx = { db: Db; secret: string; sms: SmsSender; now: Date };

const codeHash = (secret: string, phone: string, code: string) => hmac(secret, `otp:${phone}:${code}`);

/** What the code is for, in the text: a sign-in, a friend's booking from an invite link, or a family invitation (same codes, same limits). */
const TEXTS = {
  signin: (code: string) => `【Pitlane】您的登录验证码是 ${code}，10 分钟内有效。请勿告诉他人。`,
  booking: (code: string) => `【Pitlane】您的预约验证码是 ${code}，10 分钟内有效。请勿告诉他人。`,
  family: (code: string) =>
    `【Pitlane】您的家人邀请您共享一辆车。验证码 ${code}，10 分钟内有效；打开 Pitlane 的 /family/join 输入验证码接受邀请（邀请 24 小时内有效）。`,
};

export async function requestCode(
  ctx: Ctx,
  phone: string,
  ip: string,
  purpose: keyof typeof TEXTS = 'signin',
): Promise<Result<{ code: string }>> {
  const since = new Date(ctx.now.getTime() - OTP_SEND_WINDOW_MS);
  const [byPhone] = await ctx.db
    .select({ n: count() })
    .from(otpCodes)
    .where(and(eq(otpCodes.phone, phone), gt(otpCodes.createdAt, since)));
  if ((byPhone?.n ?? 0) >= OTP_SENDS_PER_PHONE)
    return err('rate_limited', 'Too many codes for this number; try again in an hour.');
  const [byIp] = await ctx.db
    .select({ n: count() })
    .from(otpCodes)
    .where(and(eq(otpCodes.ip, ip), gt(otpCodes.createdAt, since)));
  if ((byIp?.n ?? 0) >= OTP_SENDS_PER_IP)
    return err('rate_limited', 'Too many codes from this network; try again later.');

  const code = newOtp();
  await ctx.db.transaction(async (tx) => {
    // A new code replaces any earlier one for the number.
    await tx
      .update(otpCodes)
      .set({ consumedAt: ctx.now })
      .where(and(eq(otpCodes.phone, phone), isNull(otpCodes.consumedAt)));
    await tx.insert(otpCodes).values({
      phone,
      ip,
      codeHash: codeHash(ctx.secret, phone, code),
      createdAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + OTP_TTL_MS),
    });
  });
  await ctx.sms.send({
    to: phone,
    kind: 'otp',
    text: TEXTS[purpose](code),
  });
  return ok({ code });
}

/** Checks a code; every wrong try counts, and the attempt is recorded atomically with the check. */
export async function verifyCode(ctx: Omit<Ctx, 'sms'>, phone: string, code: string): Promise<Result<true>> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(otpCodes)
      .where(eq(otpCodes.phone, phone))
      .orderBy(desc(otpCodes.createdAt))
      .limit(1)
      .for('update');
    if (!row || row.consumedAt) return err('code_expired');
    if (row.expiresAt <= ctx.now) return err('code_expired');
    if (row.attempts >= OTP_MAX_ATTEMPTS) return err('too_many_attempts');
    if (!safeEqual(row.codeHash, codeHash(ctx.secret, phone, code))) {
      const attempts = row.attempts + 1;
      await tx
        .update(otpCodes)
        .set({
          attempts: sql`${otpCodes.attempts} + 1`,
          ...(attempts >= OTP_MAX_ATTEMPTS ? { consumedAt: ctx.now } : {}),
        })
        .where(eq(otpCodes.id, row.id));
      return attempts >= OTP_MAX_ATTEMPTS ? err('too_many_attempts') : err('code_invalid');
    }
    await tx.update(otpCodes).set({ consumedAt: ctx.now }).where(eq(otpCodes.id, row.id));
    return ok(true as const);
  });
}
