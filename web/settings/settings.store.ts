import type { SetPreferencesArgs } from '@shared/settings/preferences.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { createLive } from '../db/live.ts';
import { getMeta } from '../db/dexie.ts';
import { enqueue } from '../sync/outbox.ts';
import { liveSingle } from '../sync/records.ts';

export const getPreferences = () => liveSingle(ENTITIES.preferences);
export const setPreferences = (change: SetPreferencesArgs) => enqueue('preferences.set', change);
export const liveLastSync = () => createLive(() => getMeta<string>('lastSyncAt'));

export type StorageState = { persisted: boolean; usage: number | null };
export async function storageState(): Promise<StorageState> {
  const persisted = (await navigator.storage?.persisted?.()) ?? false;
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return { persisted, usage: estimate?.usage ?? null };
}
