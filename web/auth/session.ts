/**
 * Who is signed in on this device. Kept in IndexedDB (meta 'me') so the app opens signed in with no
 * network; confirmed with the server in the background. Signing out deletes the local database:
 * the next person on this phone sees nothing of the last one.
 */
import { createRoot, createSignal } from 'solid-js';
import type { CustomerMe } from '@shared/auth/auth.schema.ts';
import { db, getMeta, setMeta } from '../db/dexie.ts';
import { api, ApiError } from '../sync/api.ts';
import { startSync } from '../sync/engine.ts';

type State = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: CustomerMe };

const store = createRoot(() => {
  const [session, setSession] = createSignal<State>({ status: 'loading' });
  return { session, setSession };
});

export const session = store.session;

export async function restoreSession() {
  const me = await getMeta<CustomerMe>('me');
  if (!me) {
    store.setSession({ status: 'signed-out' });
    return;
  }
  store.setSession({ status: 'signed-in', me });
  startSync();
  void askPersistence();
  // Confirm in the background; offline keeps the local session, an explicit 401 ends it.
  api<CustomerMe>('/api/auth/me').catch((e) => {
    if (e instanceof ApiError && e.status === 401) void forgetDevice();
  });
}

export async function signedIn(me: CustomerMe) {
  await setMeta('me', me);
  store.setSession({ status: 'signed-in', me });
  startSync();
  await askPersistence();
}

/** Asks the browser not to evict the mirror under storage pressure (again on each start: it may say yes later). */
async function askPersistence() {
  if (await navigator.storage?.persisted?.().catch(() => true)) return;
  await navigator.storage?.persist?.().catch(() => false);
}

export async function signOut() {
  await api('/api/auth/signout', { json: {} }).catch(() => undefined);
  await forgetDevice();
}

async function forgetDevice() {
  db.close();
  await db.delete();
  location.assign('/signin');
}

export const pendingBeforeSignOut = () => db.outbox.where('status').anyOf('pending', 'sent').count();
