/**
 * The survey's background loop in each process: offer due surveys, then flag overdue recovery
 * cases. Passes never overlap within a process; other processes are kept apart by SKIP LOCKED (and
 * the survey's key). The notices it writes wake the delivery job through its NOTIFY channel.
 * Started by server/server.ts, stopped on close.
 */
import { errorFields, logLine } from '../http/log.ts';
import type { AppDeps } from '../http/context.ts';
import { flagOverdueCases } from './recovery.service.ts';
import { offerDueSurveys } from './survey-offer.ts';

export const SURVEY_JOB_INTERVAL_MS = 60_000;

export async function runSurveyPass(deps: AppDeps) {
  const db = deps.database.db;
  while ((await offerDueSurveys(db, deps.secret, deps.clock.now())).seen > 0) {
    // more may be due than one batch
  }
  while ((await flagOverdueCases(db, deps.clock.now())) > 0) {
    // more may be late than one batch
  }
}

export function startSurveyJobs(deps: AppDeps, intervalMs = SURVEY_JOB_INTERVAL_MS) {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= runSurveyPass(deps)
      .catch((e) => deps.log(logLine('survey_jobs_failed', errorFields(e))))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    runNow: run,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
