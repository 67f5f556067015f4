/**
 * postgres.js 3.4.9 can throw from a setImmediate after a connection closed under it (a buffered write
 * fires on a socket it has already dropped: porsager/postgres#1154, #1208, fix not released). Thrown from
 * a timer, it escapes every try/catch and kills the process; a PostgreSQL restart under load does it.
 * By then the driver has already failed the affected query with CONNECTION_CLOSED, so the stray write is
 * moot: this guard drops exactly that error and lets any other uncaught exception end the process as
 * Node would.
 */
let installed = false;

const isStrayWrite = (e: unknown) =>
  e instanceof TypeError &&
  /reading 'write'/.test(e.message) &&
  /nextWrite/.test(e.stack ?? '') &&
  /postgres[\\/]src[\\/]connection\.js/.test(e.stack ?? '');

export function guardPostgresStrayWrites(log: (line: string) => void = (l) => console.error(l)) {
  if (installed) return;
  installed = true;
  process.on('uncaughtException', (e, origin) => {
    if (isStrayWrite(e)) {
      log(JSON.stringify({ at: new Date().toISOString(), event: 'database_stray_write_dropped' }));
      return;
    }
    if (process.listenerCount('uncaughtException') > 1) return; // someone else (a test runner) reports it
    // What Node does without a listener: print and exit.
    console.error(origin === 'unhandledRejection' ? 'Unhandled rejection:' : 'Uncaught exception:', e);
    process.exit(1);
  });
}
