/**
 * One process per embedded database folder. PGlite has no server of its own: two processes opening the
 * same folder each believe they own it, and whatever one wrote is lost when the other's pages win. So the
 * server takes a lock file in the data folder before opening it and refuses to start beside a live holder.
 *
 * The lock file holds the holder's PID and its process start time (from /proc where there is one): a
 * holder killed with SIGKILL leaves the file behind, and a later start sees that the PID is gone (or now
 * names another process, after PID reuse) and takes the lock over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'pitlane.lock';

type Holder = { pid: number; startedAt: string | null; host: string };

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data folder ${dir} is in use by another Pitlane process (PID ${holderPid}). ` +
        'Stop that process, or give this one its own PITLANE_DATA_DIR.',
    );
  }
}

/** The kernel's start time of a process (clock ticks since boot), or null where /proc is not available. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) may hold spaces and parentheses: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 overall
  } catch {
    return null;
  }
}

function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true; // another machine on a shared folder: never take it over
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const started = processStart(holder.pid);
  // The PID is in use: it is our holder unless we can tell it is a newer process with a reused PID.
  return !(holder.startedAt && started && holder.startedAt !== started);
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, startedAt: parsed.startedAt ?? null, host: parsed.host ?? hostname() };
  } catch {
    return null; // half-written by a process killed mid-write: nobody holds it
  }
}

export type DataDirLock = { file: string; release: () => void };

/** Takes the folder's lock or throws DataDirLockedError naming the live holder. */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, startedAt: processStart(process.pid), host: hostname() };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return { file, release: () => releaseIfOurs(file) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(file);
    if (holder && alive(holder)) throw new DataDirLockedError(dir, holder.pid);
    // Stale: move it aside (atomic, so of two processes taking over only one moves this file) and retry.
    try {
      renameSync(file, `${file}.stale-${process.pid}`);
      unlinkSync(`${file}.stale-${process.pid}`);
    } catch {
      // someone else moved it first; try again
    }
  }
  throw new Error(`Could not take the lock ${file}.`);
}

function releaseIfOurs(file: string) {
  try {
    if (readHolder(file)?.pid === process.pid) unlinkSync(file);
  } catch {
    // already gone
  }
}
