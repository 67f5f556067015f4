/**
 * One pending run of the sync cycle, at the earliest time anyone asked for. Asking for a later run
 * while an earlier one is pending keeps the earlier one: a live-stream poke that lands just as a
 * cycle finishes (its 0 ms timer not fired yet) must not be replaced by that cycle's "next safety
 * pull in 5 minutes", or the change it announced waits those 5 minutes.
 */
export type EarliestTimer = { at: (ms: number) => void; cancel: () => void };

export function earliestTimer(run: () => void): EarliestTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  return {
    at(ms) {
      const due = Date.now() + ms;
      if (timer !== undefined && dueAt <= due) return;
      clearTimeout(timer);
      dueAt = due;
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, ms);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
