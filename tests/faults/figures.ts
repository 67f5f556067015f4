/**
 * The fault suite's figures from the last run, kept in one JSON file in the temp folder (the bench
 * section runs a shortened suite itself; this file is for reading a full run's numbers).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIGURES_FILE = join(tmpdir(), 'pitlane-fault-figures.json');

export function recordFigures(name: string, figures: unknown) {
  const all = existsSync(FIGURES_FILE)
    ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>)
    : {};
  all[name] = { at: new Date().toISOString(), ...(figures as object) };
  writeFileSync(FIGURES_FILE, JSON.stringify(all, null, 2));
}
