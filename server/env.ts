import * as v from 'valibot';

/** Process settings, parsed once at boot; a bad value stops the process with a clear message. */
const EnvSchema = v.object({
  PORT: v.optional(v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number)), '5173'),
  HOST: v.optional(v.string(), '0.0.0.0'),
  PITLANE_DATA_DIR: v.optional(v.string(), './data'),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.startsWith('postgres'))),
  /** Demo mode seeds the demo center and offers the one-tap demo sign-in. On unless set to 0. */
  PITLANE_DEMO: v.optional(v.picklist(['0', '1']), '1'),
  /** Secret for signed links (remote approval, share). Generated into the data folder when absent. */
  PITLANE_SECRET: v.optional(v.pipe(v.string(), v.minLength(32))),
  PITLANE_PUBLIC_URL: v.optional(v.pipe(v.string(), v.url())),
  /** 1 behind a reverse proxy: the client address (for sign-in code limits) comes from X-Forwarded-For. */
  PITLANE_TRUST_PROXY: v.optional(v.picklist(['0', '1']), '0'),
  PITLANE_DIST_DIR: v.optional(v.string(), './dist'),
  PITLANE_LOG: v.optional(v.picklist(['silent', 'info', 'debug']), 'info'),
});
export type Env = v.InferOutput<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = v.safeParse(EnvSchema, source);
  if (!parsed.success) {
    const names = parsed.issues.map((i) => v.getDotPath(i) ?? '?').join(', ');
    console.error(`Pitlane: invalid environment variable(s): ${names}`);
    process.exit(1);
  }
  return parsed.output;
}
