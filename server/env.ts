import * as v from 'valibot';

/** Process settings, parsed once at boot; a bad value stops the process with a clear message. */
const EnvSchema = v.object({
  PORT: v.optional(v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number)), '5173'),
  HOST: v.optional(v.string(), '0.0.0.0'),
  PITLANE_DATA_DIR: v.optional(v.string(), './data'),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.startsWith('postgres'))),
  /**
   * Demo mode seeds the demo center and offers the one-tap demo sign-in (and its published staff
   * passwords). Default: on for the embedded database, off with DATABASE_URL (a real center's server).
   */
  PITLANE_DEMO: v.optional(v.picklist(['0', '1'])),
  /** Secret for signed links (remote approval, share). Generated into the data folder when absent. */
  PITLANE_SECRET: v.optional(v.pipe(v.string(), v.minLength(32))),
  PITLANE_PUBLIC_URL: v.optional(v.pipe(v.string(), v.url())),
  /** 1 behind a reverse proxy: the client address (for sign-in code limits) comes from X-Forwarded-For. */
  PITLANE_TRUST_PROXY: v.optional(v.picklist(['0', '1']), '0'),
  PITLANE_DIST_DIR: v.optional(v.string(), './dist'),
  /**
   * How many API processes share the PostgreSQL server: each takes an equal share of its
   * max_connections for its pool (server/db/client.ts poolSize). Default 1.
   */
  PITLANE_PROCESSES: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,2}$/), v.transform(Number))),
  /** How long a verified session is kept in this process (ms); revocations drop it at once anyway. */
  PITLANE_SESSION_CACHE_MS: v.optional(v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))),
  PITLANE_LOG: v.optional(v.picklist(['silent', 'info', 'debug']), 'info'),
});
export type Env = Omit<v.InferOutput<typeof EnvSchema>, 'PITLANE_DEMO'> & { PITLANE_DEMO: '0' | '1' };

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = v.safeParse(EnvSchema, source);
  if (!parsed.success) {
    const names = parsed.issues.map((i) => v.getDotPath(i) ?? '?').join(', ');
    console.error(`Pitlane: invalid environment variable(s): ${names}`);
    process.exit(1);
  }
  const env = parsed.output;
  const demo = env.PITLANE_DEMO ?? (env.DATABASE_URL ? '0' : '1');
  // Links in text messages are built from the public address, never from a request's Host header.
  if (demo === '0' && !env.PITLANE_PUBLIC_URL) {
    console.error(
      'Pitlane: set PITLANE_PUBLIC_URL (the address customers open, e.g. https://app.example.com) outside demo mode.',
    );
    process.exit(1);
  }
  return { ...env, PITLANE_DEMO: demo };
}
