/**
 * The manager's dashboard: NPS for a period (computed from the answers with shared/surveys/nps.ts,
 * never stored), band counts, star averages per dimension and per advisor, and NPS by week (weeks
 * start on Monday in the center's zone). Periods are whole days in the center's time zone.
 */
import { and, eq, gte, isNotNull, lt } from 'drizzle-orm';
import { npsCounts, npsFromCounts } from '@shared/surveys/nps.ts';
import type { Dashboard } from '@shared/surveys/survey-staff.schema.ts';
import { STAR_DIMENSIONS, type StarDimension } from '@shared/surveys/survey.schema.ts';
import { addDays, zonedDate, zonedTimeToUtc } from '@shared/time.ts';
import { centers } from '../center/center.table.ts';
import type { DbOrTx } from '../db/client.ts';
import { staff } from '../staff/staff.table.ts';
import { surveys } from './survey.table.ts';

type Answered = Record<StarDimension, number> & { nps: number; advisorId: string | null; submittedAt: Date };

const round1 = (x: number) => Math.round(x * 10) / 10;
function averages(rows: readonly Answered[]) {
  return Object.fromEntries(
    STAR_DIMENSIONS.map((d) => [d, rows.length ? round1(rows.reduce((s, r) => s + r[d], 0) / rows.length) : null]),
  ) as Record<StarDimension, number | null>;
}

function groupBy<T, K>(list: readonly T[], key: (t: T) => K) {
  const m = new Map<K, T[]>();
  for (const t of list) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
}

/** The Monday on or before a calendar date. */
export function weekStart(date: string) {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

export async function dashboard(db: DbOrTx, centerId: string, from: string, to: string): Promise<Dashboard> {
  const [center] = await db.select({ zone: centers.timeZone }).from(centers).where(eq(centers.id, centerId));
  const zone = center!.zone;
  const rows = (await db
    .select({
      attitude: surveys.attitude,
      expertise: surveys.expertise,
      waiting: surveys.waiting,
      overall: surveys.overall,
      nps: surveys.nps,
      advisorId: surveys.advisorId,
      submittedAt: surveys.submittedAt,
    })
    .from(surveys)
    .where(
      and(
        eq(surveys.centerId, centerId),
        isNotNull(surveys.submittedAt),
        gte(surveys.submittedAt, zonedTimeToUtc(from, 0, zone)),
        lt(surveys.submittedAt, zonedTimeToUtc(addDays(to, 1), 0, zone)),
      ),
    )) as Answered[];
  const counts = npsCounts(rows.map((r) => r.nps));
  const names = new Map(
    (await db.select({ id: staff.id, name: staff.name }).from(staff).where(eq(staff.centerId, centerId))).map((s) => [
      s.id,
      s.name,
    ]),
  );
  const byAdvisor = groupBy(rows, (r) => r.advisorId);
  const byWeek = groupBy(rows, (r) => weekStart(zonedDate(r.submittedAt, zone)));
  const weeks: Dashboard['weeks'] = [];
  for (let w = weekStart(from); w <= to; w = addDays(w, 7)) {
    const list = byWeek.get(w) ?? [];
    weeks.push({ weekStart: w, nps: npsFromCounts(npsCounts(list.map((r) => r.nps))), total: list.length });
  }
  return {
    from,
    to,
    counts,
    nps: npsFromCounts(counts),
    stars: averages(rows),
    advisors: [...byAdvisor.entries()]
      .map(([advisorId, list]) => ({
        advisorId,
        name: advisorId ? (names.get(advisorId) ?? '—') : '—',
        answers: list.length,
        stars: averages(list),
      }))
      .sort((a, b) => b.answers - a.answers),
    weeks,
  };
}
