import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { levelsReached, nextLevel } from './levels.ts';
import { addressOf, FamilyNameSchema, parseAddress } from './referral.schema.ts';

describe('form of address', () => {
  it('splits the center’s 张先生 / 王女士 and refuses anything else', () => {
    expect(parseAddress('张先生')).toEqual({ familyName: '张', title: 'mr' });
    expect(parseAddress('欧阳女士')).toEqual({ familyName: '欧阳', title: 'ms' });
    expect(parseAddress('张伟明')).toBeNull();
    expect(parseAddress('车主')).toBeNull();
  });
  it('a family name is one or two characters or one word, never a full name', () => {
    for (const ok of ['张', '欧阳', 'Zhang', "O'Neil"]) expect(v.safeParse(FamilyNameSchema, ok).success).toBe(true);
    for (const bad of ['张伟明', 'Zhang Wei', '', '13800138000', 'a'.repeat(30)])
      expect(v.safeParse(FamilyNameSchema, bad).success).toBe(false);
    expect(addressOf('张', 'mr')).toBe('张先生');
    expect(addressOf('Smith', 'ms', 'en')).toBe('Ms Smith');
  });
});

describe('reward levels', () => {
  it('1 / 3 / 5 friends who came reach thank-you, platinum, brand', () => {
    expect(levelsReached(0)).toEqual([]);
    expect(levelsReached(2).map((l) => l.key)).toEqual(['thanks']);
    expect(levelsReached(5).map((l) => l.key)).toEqual(['thanks', 'platinum', 'brand']);
    expect(nextLevel(1)).toMatchObject({ level: { key: 'platinum' }, more: 2 });
    expect(nextLevel(5)).toBeNull();
  });
});
