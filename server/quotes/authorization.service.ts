/**
 * The customer's decision on a quote, from the app (the `quote.decide` mutation) or the remote link.
 *
 * In one transaction, with the quote row locked (a staff revision locks it too, so a decision and a
 * revision never interleave): refuse a decided, withdrawn or outdated quote — an outdated version
 * answers `quote_outdated` with what changed — check every line is decided, then write the immutable
 * authorization record (content + SHA-256 over its canonical JSON), mark the quote decided, keep each
 * deferred line as a deferral (a proposed booking or a reminder at the chosen time), and publish all
 * of it to the customer's devices.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { authorizationHash } from '@shared/quotes/canonical.ts';
import { deferAt, deferralKind } from '@shared/quotes/defer.ts';
import { diffVersions } from '@shared/quotes/diff.ts';
import { checkDecisions, decisionsForOption, lineTotal, packageChoiceOf, totalsOf } from '@shared/quotes/packages.ts';
import type { AuthorizationContent, AuthorizationRecord } from '@shared/quotes/authorization.schema.ts';
import type { DecideFields, DecisionInput, QuoteOutdatedDetails } from '@shared/quotes/decide-args.schema.ts';
import type { LineDecision } from '@shared/quotes/quote-codes.schema.ts';
import { err, ok, type Result } from '@shared/errors.ts';
import { centers } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { publishBill } from '../billing/bill.publish.ts';
import { proposeForDeferral } from './deferral-hook.ts';
import { quoteAuthorizations, quoteDeferrals, quotes } from './quote.table.ts';
import { linesOf, priced, publishAuthorization, publishDeferral, publishQuote } from './quote.views.ts';
import { settleDecidedQuote } from './quote-close.ts';
import { postQuoteDecided } from './quote-timeline.ts';

export type DecideInput = DecideFields & {
  quoteId: string;
  customerId: string;
  channel: 'app' | 'link';
  userAgent: string | undefined;
  now: Date;
  /** A family member deciding for the owner (customerId is then the owner's), within their amount. */
  actor?: { customerId: string; name: string; approveLimitFen: number };
};

const MAX_USER_AGENT = 400;

export async function decideQuote(tx: DbOrTx, input: DecideInput): Promise<Result<AuthorizationRecord>> {
  const [q] = await tx.select().from(quotes).where(eq(quotes.id, input.quoteId)).for('update');
  if (!q || q.customerId !== input.customerId || q.status === 'draft') return err('not_found', 'No such quote.');
  if (q.status === 'withdrawn') return err('gone', 'This quote was withdrawn by the service center.');
  if (q.status === 'decided') {
    return err('already_decided', 'This quote was already decided.', { decidedAt: q.decidedAt?.toISOString() ?? null });
  }
  if (input.version > q.version) return err('invalid', 'version: no such version of this quote.');
  if (input.version < q.version) {
    const diff = diffVersions(
      priced(await linesOf(tx, q.id, input.version)),
      priced(await linesOf(tx, q.id, q.version)),
    );
    const details: QuoteOutdatedDetails = { currentVersion: q.version, ...diff };
    return err(
      'quote_outdated',
      `The quote was revised to version ${q.version}; please review it before deciding.`,
      details,
    );
  }

  const rows = await linesOf(tx, q.id, q.version);
  const lines = priced(rows);
  const [center] = await tx.select({ timeZone: centers.timeZone }).from(centers).where(eq(centers.id, q.centerId));
  let decisions: DecisionInput[];
  if (q.kind === 'supplementary') {
    if (!input.option) return err('invalid', 'option: choose today, next week or keep driving.');
    decisions = decisionsForOption(
      lines,
      input.option,
      deferAt('next_week', input.now, center?.timeZone ?? 'Asia/Shanghai'),
    );
  } else {
    if (input.option) return err('invalid', 'option: only a supplementary quote is decided with an option.');
    decisions = input.decisions ?? [];
  }
  const check = checkDecisions(lines, decisions, input.now);
  if (!check.ok)
    return err('invalid', `decisions: ${check.problem.replace('_', ' ')}`, {
      problem: check.problem,
      lineKey: check.lineKey,
    });

  const byKey = new Map(decisions.map((d) => [d.lineKey, d]));
  const decided = rows.map((r) => {
    const d = byKey.get(r.key)!;
    return {
      key: r.key,
      tier: r.tier,
      title: r.title,
      partsFen: r.partsFen,
      labourFen: r.labourFen,
      totalFen: lineTotal(r),
      decision: d.decision,
      deferUntil: d.decision === 'defer' ? new Date(d.deferUntil!).toISOString() : null,
    };
  });
  const sumOf = (decision: LineDecision) =>
    decided.filter((l) => l.decision === decision).reduce((a, l) => a + l.totalFen, 0);
  const decisionMap = Object.fromEntries(decided.map((l) => [l.key, l.decision]));
  // The device names its record so its optimistic copy is replaced in place; an id already taken is not its own.
  const taken = input.authorizationId
    ? await tx
        .select({ id: quoteAuthorizations.id })
        .from(quoteAuthorizations)
        .where(eq(quoteAuthorizations.id, input.authorizationId))
    : [];
  const content: AuthorizationContent = {
    id: input.authorizationId && taken.length === 0 ? input.authorizationId : randomUUID(),
    quoteId: q.id,
    quoteVersion: q.version,
    quoteKind: q.kind,
    customerId: q.customerId,
    centerId: q.centerId,
    vehicleId: q.vehicleId,
    visitId: q.visitId,
    packageChoice: q.kind === 'standard' ? (input.packageChoice ?? packageChoiceOf(lines, decisionMap)) : null,
    option: q.kind === 'supplementary' ? input.option! : null,
    acceptedRisk:
      input.option === 'keep_driving'
        ? rows
            .map((r) => r.risk)
            .filter((x): x is string => !!x)
            .join('\n') || null
        : null,
    lines: decided,
    quoteTotalFen: totalsOf(lines).totalFen,
    approvedTotalFen: sumOf('approve'),
    deferredTotalFen: sumOf('defer'),
    declinedTotalFen: sumOf('decline'),
    signature: input.signature,
    signedAt: input.now.toISOString(),
    clientAt: input.clientAt ? new Date(input.clientAt).toISOString() : null,
    userAgent: (input.userAgent ?? 'unknown').slice(0, MAX_USER_AGENT),
    channel: input.channel,
    ...(input.actor ? { decidedBy: { customerId: input.actor.customerId, name: input.actor.name } } : {}),
  };
  if (input.actor && content.approvedTotalFen > input.actor.approveLimitFen)
    return err('family_limit', 'This is above the amount you may approve for this vehicle; ask the owner.', {
      approveLimitFen: input.actor.approveLimitFen,
      approvedTotalFen: content.approvedTotalFen,
    });
  const [auth] = await tx
    .insert(quoteAuthorizations)
    .values({
      id: content.id,
      quoteId: q.id,
      quoteVersion: q.version,
      customerId: q.customerId,
      centerId: q.centerId,
      channel: input.channel,
      signedAt: input.now,
      content,
      contentHash: await authorizationHash(content),
    })
    .returning();
  await tx.update(quotes).set({ status: 'decided', decidedAt: input.now }).where(eq(quotes.id, q.id));

  for (const line of decided.filter((l) => l.decision === 'defer')) {
    const row = rows.find((r) => r.key === line.key)!;
    const dueAt = new Date(line.deferUntil!);
    const proposalId = await proposeForDeferral(tx, q, row, dueAt, input.now);
    const [deferral] = await tx
      .insert(quoteDeferrals)
      .values({
        proposalId,
        quoteId: q.id,
        authorizationId: auth!.id,
        customerId: q.customerId,
        centerId: q.centerId,
        vehicleId: q.vehicleId,
        lineKey: line.key,
        findingId: row.findingId,
        title: line.title,
        totalFen: line.totalFen,
        dueAt,
        kind: deferralKind(line.deferUntil!, input.now),
        createdAt: input.now,
      })
      .returning();
    await publishDeferral(tx, deferral!);
  }
  const record = await publishAuthorization(tx, auth!);
  await publishQuote(tx, q.id);
  // The English titles go to the timeline's words only, never into the signed record.
  await postQuoteDecided(
    tx,
    q,
    decided.map((l, i) => ({ ...l, titleEn: rows[i]!.titleEn })),
    input.now,
  );
  await settleDecidedQuote(tx, q, input.now);
  await publishBill(tx, q.visitId);
  return ok(record);
}
