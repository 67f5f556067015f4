/**
 * The purchase anniversary (seed 003, moment 11: "相伴一周年 … 累计行驶2.3万公里，减少碳排放3.2吨，
 * 相当于种了175棵树"): a card computed only from the record — odometer readings, visits, what was done —
 * never a number typed by staff. Pure: the screen passes the mirrored rows and the center's today.
 */
import { addMonths, daysBetween } from '../health-record/dates.ts';

/**
 * CO₂ an electric car avoids per km, in grams: the tailpipe CO₂ of the petrol car it replaces, taken as
 * 6.0 L/100 km × 2.31 kg CO₂ per litre of petrol (the combustion factor) ≈ 139 g/km. It is the seed's own
 * figure (3.2 t for 23,000 km = 139 g/km) and counts the tailpipe only, not the grid's electricity.
 */
export const PETROL_L_PER_100KM = 6.0;
export const PETROL_KG_CO2_PER_L = 2.31;
export const CO2_AVOIDED_G_PER_KM = Math.round((PETROL_L_PER_100KM / 100) * PETROL_KG_CO2_PER_L * 1000); // 139

/**
 * CO₂ one tree takes up in a year, in kg (a commonly quoted ~18 kg for a growing broadleaf tree): the
 * seed's "3.2 t ≈ 175 trees" is 3,200 / 175 = 18.3 kg per tree-year.
 */
export const TREE_KG_CO2_PER_YEAR = 18.3;

/** The card shows from the anniversary day for this many days (a card, not a one-day banner). */
export const ANNIVERSARY_CARD_DAYS = 14;

/**
 * Electric models by name (the record keeps the model as text): Tesla, and the Chinese EV-only makes.
 * A model not recognised gets no CO₂ line rather than a wrong one.
 */
const ELECTRIC_MODEL = /tesla|model\s?[3sxy]\b|蔚来|nio\b|小鹏|xpeng|极氪|zeekr|极狐|智己|埃安|aion|零跑|leapmotor/i;
export const isElectricModel = (model: string) => ELECTRIC_MODEL.test(model);

export type OdometerReading = { date: string; km: number };
export type AnniversaryVisit = { date: string; done: readonly string[] };

export type AnniversaryInput = {
  purchaseDate: string;
  /** The center's calendar date today. */
  today: string;
  model: string;
  odometer: readonly OdometerReading[];
  visits: readonly AnniversaryVisit[];
};

export type AnniversaryCard = {
  years: number;
  anniversary: string;
  /** The year the card covers: the day after the previous anniversary (or purchase) up to this one. */
  from: string;
  to: string;
  km: number;
  visits: number;
  fixed: string[];
  electric: boolean;
  co2Kg: number | null;
  trees: number | null;
};

/** The odometer on a date: linear between the nearest readings, held at the nearest one outside them. */
export function odometerOn(readings: readonly OdometerReading[], date: string): number | null {
  const sorted = [...readings].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0) return null;
  if (date <= sorted[0]!.date) return sorted[0]!.km;
  const last = sorted.at(-1)!;
  if (date >= last.date) return last.km;
  const i = sorted.findIndex((r) => r.date >= date);
  const [a, b] = [sorted[i - 1]!, sorted[i]!];
  const span = daysBetween(a.date, b.date);
  return span === 0 ? b.km : Math.round(a.km + ((b.km - a.km) * daysBetween(a.date, date)) / span);
}

/** The latest purchase anniversary on or before today (null in the first year). */
export function lastAnniversary(purchaseDate: string, today: string): { date: string; years: number } | null {
  let years = Number(today.slice(0, 4)) - Number(purchaseDate.slice(0, 4));
  while (years > 0 && addMonths(purchaseDate, 12 * years) > today) years -= 1;
  return years > 0 ? { date: addMonths(purchaseDate, 12 * years), years } : null;
}

/** The card on and just after the anniversary; null on every other day. */
export function anniversaryCard(input: AnniversaryInput): AnniversaryCard | null {
  const last = lastAnniversary(input.purchaseDate, input.today);
  if (!last || daysBetween(last.date, input.today) >= ANNIVERSARY_CARD_DAYS) return null;
  const start = addMonths(input.purchaseDate, 12 * (last.years - 1));
  const inYear = (d: string) => d > start && d <= last.date;
  const km = Math.max(0, (odometerOn(input.odometer, last.date) ?? 0) - (odometerOn(input.odometer, start) ?? 0));
  const visits = input.visits.filter((v) => inYear(v.date));
  const fixed = [...new Set(visits.flatMap((v) => v.done))];
  const electric = isElectricModel(input.model);
  const co2Kg = electric ? Math.round((km * CO2_AVOIDED_G_PER_KM) / 1000) : null;
  return {
    years: last.years,
    anniversary: last.date,
    from: start,
    to: last.date,
    km,
    visits: visits.length,
    fixed,
    electric,
    co2Kg,
    trees: co2Kg === null ? null : Math.round(co2Kg / TREE_KG_CO2_PER_YEAR),
  };
}
