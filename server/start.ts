/**
 * `npm start`: build the PWA when the sources are newer than the build (or there is none), then run
 * the server. One command for a fresh clone.
 */
await import('./build-if-stale.ts');
await import('./index.ts');

export {};
