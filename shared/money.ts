/** Money is always an integer number of fen (1 yuan = 100 fen). Formatting is the only place yuan appear. */
export type Fen = number;

export const yuan = (amount: number): Fen => Math.round(amount * 100);

export function formatFen(fen: Fen, locale = 'zh-CN'): string {
  const whole = Number.isInteger(fen / 100);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(fen / 100);
}

export const sumFen = (values: readonly Fen[]): Fen => values.reduce((a, b) => a + b, 0);
