/**
 * The center's live queue for the 2-hour reminder (seed 000, MOT 2: "中心当前等待：0 人"): how many cars
 * are checked in and not yet being worked on, and how long this booking can expect to wait for a bay.
 *
 * Model (stated, simple, no learning): the center's bays work in parallel. A car being worked on frees
 * its bay at its promised time (or DEFAULT_JOB_MINUTES after check-in when nothing was promised, and
 * never before now). Waiting cars take the next free bay in check-in order, each for its estimate or
 * DEFAULT_JOB_MINUTES. The booking's wait is how long after its start the first bay is free then.
 */
export const DEFAULT_JOB_MINUTES = 60;

export type QueueCar = {
  checkedInAt: string;
  /** Work has started (any step after "checked in"). */
  working: boolean;
  /** The promised ready time, if any. */
  readyAt: string | null;
  estimateMinutes: number | null;
};

export type CenterQueue = { waiting: number; expectedWaitMinutes: number };

const MIN = 60_000;

export function centerQueue(input: {
  now: string;
  arrivesAt: string;
  bays: number;
  cars: readonly QueueCar[];
}): CenterQueue {
  const now = Date.parse(input.now);
  const jobMs = (c: QueueCar) => (c.estimateMinutes ?? DEFAULT_JOB_MINUTES) * MIN;
  const busyUntil = input.cars
    .filter((c) => c.working)
    .map((c) => Math.max(now, c.readyAt ? Date.parse(c.readyAt) : Date.parse(c.checkedInAt) + jobMs(c)));
  // Bays nobody works on are free now; more cars in work than bays (a car on a lift outside) keep the longest.
  const free = [...busyUntil, ...Array<number>(Math.max(0, input.bays - busyUntil.length)).fill(now)]
    .sort((a, b) => a - b)
    .slice(0, Math.max(1, input.bays));
  const waiting = input.cars.filter((c) => !c.working).sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt));
  for (const car of waiting) {
    free.sort((a, b) => a - b);
    free[0] = free[0]! + jobMs(car);
  }
  const firstFree = Math.min(...free);
  const wait = Math.max(0, firstFree - Date.parse(input.arrivesAt));
  return { waiting: waiting.length, expectedWaitMinutes: Math.ceil(wait / MIN) };
}
