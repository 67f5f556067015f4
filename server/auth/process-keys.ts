/**
 * The HMAC secret and the VAPID key pair of this process. PITLANE_SECRET wins when set. On the embedded
 * database they live in the data folder (one process owns it). On PostgreSQL they live in the database
 * (server_key), shared by every process whatever its data folder: a sign-in code requested through
 * one process must verify on another, and a signed link or a push subscription must work on all.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webpush from 'web-push';
import type { Database } from '../db/client.ts';
import { loadVapidKeys, type VapidKeys } from '../notifications/push-service.ts';
import { sharedKey } from './server-keys.ts';

const newSecret = () => randomBytes(32).toString('base64url');
const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : null);

/** A secret kept in the data folder, so signed links survive restarts without configuration. */
function fileSecret(dataDir: string) {
  const file = join(resolve(dataDir), 'secret.key');
  const existing = readIfThere(file);
  if (existing) return existing;
  mkdirSync(resolve(dataDir), { recursive: true });
  const secret = newSecret();
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function loadProcessKeys(
  database: Database,
  dataDir: string,
  givenSecret?: string,
): Promise<{ secret: string; vapid: VapidKeys }> {
  if (database.kind === 'pglite') return { secret: givenSecret ?? fileSecret(dataDir), vapid: loadVapidKeys(dataDir) };
  const dir = resolve(dataDir);
  const secret =
    givenSecret ?? (await sharedKey(database.db, 'secret', () => readIfThere(join(dir, 'secret.key')) ?? newSecret()));
  const vapid = JSON.parse(
    await sharedKey(
      database.db,
      'vapid',
      () => readIfThere(join(dir, 'vapid.json')) ?? JSON.stringify(webpush.generateVAPIDKeys()),
    ),
  ) as VapidKeys;
  return { secret, vapid };
}
