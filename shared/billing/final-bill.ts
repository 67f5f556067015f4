/**
 * The final bill of a visit ([O] 15), pure: the visit's own work and the quote lines the customer
 * approved, merged into one list, then what comes off it — the member tier's maintenance discount on
 * the approved lines (the quote's own calculation, shared/membership/discount.ts, so the bill and the
 * signed quote never disagree), a delay's "20 % off this service" (seed 003) on what is left after it,
 * the vouchers and the points used at payment — and what was paid.
 * Integer fen throughout; a deduction never takes the amount due below zero.
 */
import { discountOnChosen, type MemberDiscount } from '../membership/discount.ts';

export type BillWorkItem = { id: string; title: string; titleEn: string | null; partsFen: number; labourFen: number };

/** A line of a decided quote with the customer's decision on it (from the signed record). */
export type BillQuoteLine = {
  quoteId: string;
  key: string;
  title: string;
  titleEn: string | null;
  partsFen: number;
  labourFen: number;
  decision: 'approve' | 'decline' | 'defer';
};

/** A decided quote: its lines as signed and the member discount it was shown with. */
export type BillQuote = { quoteId: string; lines: readonly BillQuoteLine[]; memberDiscount: MemberDiscount | null };

export type BillVoucher = { id: string; kind: string; valueFen: number };

export type BillInput = {
  visitId: string;
  vehicleId: string;
  items: readonly BillWorkItem[];
  quotes: readonly BillQuote[];
  vouchers: readonly BillVoucher[];
  /** A delay's compensation "N % off this service" (the largest, if several delays offered one). */
  delayDiscountPct?: number | null;
  /** Points redeemed at this visit's payment and what they were worth. */
  points: { points: number; valueFen: number } | null;
  paidFen: number;
  paidAt: string | null;
  paymentMethod: string | null;
};

export type BillLine = {
  /** 'work': the visit's own work; 'quote': an approved line of a quote. */
  source: 'work' | 'quote';
  id: string;
  quoteId: string | null;
  title: string;
  titleEn: string | null;
  partsFen: number;
  labourFen: number;
  totalFen: number;
};

export type BillDeduction =
  | { kind: 'member_discount'; tier: MemberDiscount['tier']; pct: number; fen: number }
  | { kind: 'delay_discount'; pct: number; fen: number }
  | { kind: 'voucher'; voucherId: string; voucherKind: string; fen: number }
  | { kind: 'points'; points: number; fen: number };

export type FinalBill = {
  visitId: string;
  vehicleId: string;
  lines: BillLine[];
  subtotalFen: number;
  deductions: BillDeduction[];
  dueFen: number;
  paidFen: number;
  paidAt: string | null;
  paymentMethod: string | null;
  /** What is still to pay (0 once paid in full; never negative). */
  outstandingFen: number;
};

export function finalBill(input: BillInput): FinalBill {
  const work: BillLine[] = input.items.map((i) => ({
    source: 'work',
    id: i.id,
    quoteId: null,
    title: i.title,
    titleEn: i.titleEn,
    partsFen: i.partsFen,
    labourFen: i.labourFen,
    totalFen: i.partsFen + i.labourFen,
  }));
  const approved = input.quotes.flatMap((q) => q.lines.filter((l) => l.decision === 'approve'));
  const quoted: BillLine[] = approved.map((l) => ({
    source: 'quote',
    id: l.key,
    quoteId: l.quoteId,
    title: l.title,
    titleEn: l.titleEn,
    partsFen: l.partsFen,
    labourFen: l.labourFen,
    totalFen: l.partsFen + l.labourFen,
  }));
  const lines = [...work, ...quoted];
  const subtotalFen = lines.reduce((s, l) => s + l.totalFen, 0);

  let left = subtotalFen;
  const deductions: BillDeduction[] = [];
  const take = (fen: number) => {
    const t = Math.max(0, Math.min(left, Math.floor(fen)));
    left -= t;
    return t;
  };
  // One discount line per tier and rate (a visit's quotes normally share one tier).
  const discounts = new Map<string, { tier: MemberDiscount['tier']; pct: number; fen: number }>();
  for (const q of input.quotes) {
    if (!q.memberDiscount) continue;
    const fen = discountOnChosen(
      q.memberDiscount,
      q.lines.filter((l) => l.decision === 'approve'),
    );
    if (fen <= 0) continue;
    const k = `${q.memberDiscount.tier}:${q.memberDiscount.pct}`;
    const d = discounts.get(k) ?? { tier: q.memberDiscount.tier, pct: q.memberDiscount.pct, fen: 0 };
    d.fen += fen;
    discounts.set(k, d);
  }
  for (const d of discounts.values()) {
    const fen = take(d.fen);
    if (fen > 0) deductions.push({ kind: 'member_discount', tier: d.tier, pct: d.pct, fen });
  }
  // Off this service as it stands after the member discount: the two never add up to more than either
  // promised on the same yuan.
  if (input.delayDiscountPct && input.delayDiscountPct > 0) {
    const fen = take((left * input.delayDiscountPct) / 100);
    if (fen > 0) deductions.push({ kind: 'delay_discount', pct: input.delayDiscountPct, fen });
  }
  for (const v of input.vouchers) {
    deductions.push({ kind: 'voucher', voucherId: v.id, voucherKind: v.kind, fen: take(v.valueFen) });
  }
  if (input.points && input.points.points > 0) {
    deductions.push({ kind: 'points', points: input.points.points, fen: take(input.points.valueFen) });
  }
  return {
    visitId: input.visitId,
    vehicleId: input.vehicleId,
    lines,
    subtotalFen,
    deductions,
    dueFen: left,
    paidFen: input.paidFen,
    paidAt: input.paidAt,
    paymentMethod: input.paymentMethod,
    outstandingFen: Math.max(0, left - input.paidFen),
  };
}
