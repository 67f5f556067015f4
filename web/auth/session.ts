/**
 * Who is signed in on this device. Kept in IndexedDB (meta 'me') so the app opens signed in with no
 * network; confirmed with the server in the background. Signing out deletes the local database:
 * the next person on this phone sees nothing of the last one. The database code (Dexie) and the sync
 * engine are loaded only once there is a customer: a visitor's sign-in screen paints without them.
 */
import { createRoot, createSignal } from 'solid-js';
import type { CustomerMe } from '@shared/auth/auth.schema.ts';
import { mayHoldLocalData } from '../db/local-data.ts';
import { ApiError } from '../sync/api.ts';
import { call, client } from '../sync/client.ts';

type State = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: CustomerMe };

const store = createRoot(() => {
  const [session, setSession] = createSignal<State>({ status: 'loading' });
  return { session, setSession };
});

export const session = store.session;

const database = () => import('../db/dexie.ts');
const startSync = () => import('../sync/engine.ts').then((m) => m.startSync());

/** `probablySignedIn` runs as soon as this device is known to hold local data, before it is read. */
export async function restoreSession(probablySignedIn?: () => void) {
  if (!(await mayHoldLocalData())) {
    store.setSession({ status: 'signed-out' });
    return;
  }
  probablySignedIn?.();
  const me = await (await database()).getMeta<CustomerMe>('me');
  if (!me) {
    store.setSession({ status: 'signed-out' });
    return;
  }
  store.setSession({ status: 'signed-in', me });
  void startSync();
  void askPersistence();
  // Confirm in the background; offline keeps the local session, an explicit 401 ends it.
  call(client.auth.me.$get()).catch((e) => {
    if (e instanceof ApiError && e.status === 401) void forgetDevice();
  });
}

export async function signedIn(me: CustomerMe) {
  await (await database()).setMeta('me', me);
  store.setSession({ status: 'signed-in', me });
  void startSync();
  await askPersistence();
}

/** Asks the browser not to evict the mirror under storage pressure (again on each start: it may say yes later). */
async function askPersistence() {
  if (await navigator.storage?.persisted?.().catch(() => true)) return;
  await navigator.storage?.persist?.().catch(() => false);
}

export async function signOut() {
  await call(client.auth.signout.$post({ json: {} })).catch(() => undefined);
  await forgetDevice();
}

async function forgetDevice() {
  const { db } = await database();
  db.close();
  await db.delete();
  location.assign('/signin');
}

export const pendingBeforeSignOut = async () =>
  (await database()).db.outbox.where('status').anyOf('pending', 'sent').count();
