import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SurveyAnswerSchema } from './survey.schema.ts';

const good = { attitude: 5, expertise: 4, waiting: 3, overall: 4, nps: 5 };

describe('SurveyAnswerSchema', () => {
  it('takes four star ratings, the score and an optional trimmed comment', () => {
    expect(v.parse(SurveyAnswerSchema, good)).toEqual(good);
    expect(v.parse(SurveyAnswerSchema, { ...good, comment: '  waited long  ' }).comment).toBe('waited long');
  });
  it('refuses stars outside 1-5, scores outside 0-10, fractions and unknown fields, saying why', () => {
    for (const bad of [
      { ...good, attitude: 0 },
      { ...good, overall: 6 },
      { ...good, nps: 11 },
      { ...good, nps: 6.5 },
      { ...good, nps: '9' },
      { ...good, points: 50 },
    ]) {
      const r = v.safeParse(SurveyAnswerSchema, bad);
      expect(r.success).toBe(false);
    }
    const r = v.safeParse(SurveyAnswerSchema, { ...good, nps: 11 });
    expect(r.success ? '' : r.issues[0].message).toBe('the score is a whole number from 0 to 10');
  });
  it('refuses a comment with a NUL or over 1000 characters', () => {
    expect(v.safeParse(SurveyAnswerSchema, { ...good, comment: 'a\u0000b' }).success).toBe(false);
    expect(v.safeParse(SurveyAnswerSchema, { ...good, comment: 'x'.repeat(1001) }).success).toBe(false);
  });
});
