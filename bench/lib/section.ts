/**
 * A bench section: one file in bench/sections/ with `export default { name, run }` (see define()).
 * `run` measures something in a few seconds and returns its figures, named with their unit
 * (e.g. `p50Ms`, `reqPerSec`, `ratio`). Progress goes to stderr (log); stdout belongs to the report.
 */
export type BenchSection = { name: string; run: () => Promise<Record<string, number>> };

export const define = (section: BenchSection) => section;

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
