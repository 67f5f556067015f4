import { describe, expect, it } from 'vitest';
import { maintenanceDiscount } from '../membership/discount.ts';
import { type BillInput, finalBill } from './final-bill.ts';
import { RequestFapiaoArgsSchema, validTaxpayerId, validUscc } from './fapiao.schema.ts';
import * as v from 'valibot';

const base: BillInput = {
  visitId: 'v1',
  vehicleId: 'car',
  items: [{ id: 'i1', title: '基础保养', titleEn: null, partsFen: 42_000, labourFen: 26_000 }],
  quotes: [],
  vouchers: [],
  points: null,
  paidFen: 0,
  paidAt: null,
  paymentMethod: null,
};

const quoteLines = [
  { quoteId: 'q', key: 'a', title: '刹车油', titleEn: null, partsFen: 18_000, labourFen: 20_000, decision: 'approve' },
  { quoteId: 'q', key: 'b', title: '镀膜', titleEn: null, partsFen: 100_000, labourFen: 20_000, decision: 'decline' },
  { quoteId: 'q', key: 'c', title: '刹车片', titleEn: null, partsFen: 68_000, labourFen: 20_000, decision: 'defer' },
] as const;

describe('finalBill', () => {
  it('merges the work with only the approved quote lines', () => {
    const b = finalBill({ ...base, quotes: [{ quoteId: 'q', lines: quoteLines, memberDiscount: null }] });
    expect(b.lines.map((l) => [l.source, l.title, l.totalFen])).toEqual([
      ['work', '基础保养', 68_000],
      ['quote', '刹车油', 38_000],
    ]);
    expect(b).toMatchObject({ subtotalFen: 106_000, dueFen: 106_000, outstandingFen: 106_000, deductions: [] });
  });

  it('takes the quote’s own member discount on its approved lines only, rounded down to the fen', () => {
    const d = maintenanceDiscount({ code: 'gold', maintenanceDiscountPct: 15 }, [
      { key: 'a', serviceCode: 'brake_check', partsFen: 18_001, labourFen: 20_000 },
      { key: 'c', serviceCode: 'brake_check', partsFen: 68_000, labourFen: 20_000 },
    ]);
    const lines = quoteLines.map((l) => (l.key === 'a' ? { ...l, partsFen: 18_001 } : l));
    const b = finalBill({ ...base, quotes: [{ quoteId: 'q', lines, memberDiscount: d }] });
    // 15 % of 38,001 fen = 5,700.15 → 5,700 (the deferred pads are not on this bill).
    expect(b.deductions).toEqual([{ kind: 'member_discount', tier: 'gold', pct: 15, fen: 5_700 }]);
    expect(b.dueFen).toBe(68_000 + 38_001 - 5_700);
  });

  it('takes a delay’s 20 % off this service after the member discount, rounded down to the fen', () => {
    const d = maintenanceDiscount({ code: 'gold', maintenanceDiscountPct: 15 }, [
      { key: 'a', serviceCode: 'brake_check', partsFen: 18_001, labourFen: 20_000 },
    ]);
    const lines = quoteLines.map((l) => (l.key === 'a' ? { ...l, partsFen: 18_001 } : l));
    const b = finalBill({ ...base, quotes: [{ quoteId: 'q', lines, memberDiscount: d }], delayDiscountPct: 20 });
    // 106,001 − 5,700 (member) = 100,301; 20 % of it = 20,060.2 → 20,060.
    expect(b.deductions).toEqual([
      { kind: 'member_discount', tier: 'gold', pct: 15, fen: 5_700 },
      { kind: 'delay_discount', pct: 20, fen: 20_060 },
    ]);
    expect(b.dueFen).toBe(106_001 - 5_700 - 20_060);
  });

  it('lists vouchers and points as lines, never below zero, and what is still to pay', () => {
    const b = finalBill({
      ...base,
      vouchers: [
        { id: 'w', kind: 'wash', valueFen: 5_000 },
        { id: 'x', kind: 'accessory', valueFen: 20_000 },
      ],
      points: { points: 300, valueFen: 3_000 },
      paidFen: 30_000,
    });
    expect(b.deductions.map((d) => [d.kind, d.fen])).toEqual([
      ['voucher', 5_000],
      ['voucher', 20_000],
      ['points', 3_000],
    ]);
    expect(b).toMatchObject({ dueFen: 40_000, paidFen: 30_000, outstandingFen: 10_000 });
    const small = finalBill({
      ...base,
      items: [{ ...base.items[0]!, partsFen: 0, labourFen: 3_000 }],
      vouchers: [{ id: 'x', kind: 'accessory', valueFen: 20_000 }],
    });
    expect(small.deductions[0]!.fen).toBe(3_000);
    expect(small.dueFen).toBe(0);
  });
});

describe('the fapiao request schema', () => {
  it('checks the unified social credit code’s check character', () => {
    expect(validUscc('91350100M000100Y43')).toBe(true);
    expect(validUscc('91110000600037341L')).toBe(true);
    expect(validUscc('913100007109317377')).toBe(false);
    expect(validUscc('91350100M000100Y4')).toBe(false);
    expect(validTaxpayerId('110108MA01ABCDE')).toBe(true); // an older 15-character number
    expect(validTaxpayerId('91350100I000100Y43')).toBe(false); // I is not in the alphabet
  });

  it('normalises spaces and case, trims names and refuses a bad email', () => {
    const ok = v.parse(RequestFapiaoArgsSchema, {
      visitId: '5b1d0f0e-8c2a-4f59-9d38-0c5d3b3a6f10',
      title: { kind: 'company', companyName: ' 某某公司 ', taxpayerId: '9135 0100 m000 100y43' },
      email: ' a@b.cn ',
    });
    expect(ok.title).toEqual({ kind: 'company', companyName: '某某公司', taxpayerId: '91350100M000100Y43' });
    expect(ok.email).toBe('a@b.cn');
    const bad = v.safeParse(RequestFapiaoArgsSchema, {
      visitId: '5b1d0f0e-8c2a-4f59-9d38-0c5d3b3a6f10',
      title: { kind: 'personal', name: '张' },
      email: 'not-an-email',
    });
    expect(bad.success).toBe(false);
    expect(bad.issues?.map((i) => v.getDotPath(i))).toEqual(['title.name', 'email']);
  });
});
