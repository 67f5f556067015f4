/**
 * Several real server processes on one PostgreSQL database (a throwaway database on TEST_DATABASE_URL),
 * each its own child process on its own port and data folder, as a cluster runs them. Started one
 * after another: the first migrates and seeds the demo, the others find it there.
 */
import { type ChildServer, startChildServer } from '../faults/child-server.ts';
import { throwawayDatabase, TEST_DATABASE_URL } from '../faults/pg-database.ts';
import { call, cookieOf } from '../faults/http.ts';
import { DEMO_STAFF } from '../../server/demo/demo.constants.ts';

export { TEST_DATABASE_URL };

export type Processes = { url: string; servers: ChildServer[]; stop: () => Promise<void> };

export async function startProcesses(count: number, env: Record<string, string> = {}): Promise<Processes> {
  const db = await throwawayDatabase();
  const servers: ChildServer[] = [];
  try {
    for (let i = 0; i < count; i++) servers.push(await startChildServer({ databaseUrl: db.url, env }));
  } catch (e) {
    await Promise.all(servers.map((s) => s.kill()));
    await db.drop();
    throw e;
  }
  return {
    url: db.url,
    servers,
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()));
      for (const s of servers) s.remove();
      await db.drop();
    },
  };
}

/** Polls `check` every 10 ms; the time it took, or null when `boundMs` passed first. */
export async function within(boundMs: number, check: () => Promise<boolean>): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < boundMs) {
    if (await check()) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

export async function signInStaff(base: string, role: 'advisor' | 'manager' | 'technician' = 'advisor') {
  const s = DEMO_STAFF.find((x) => x.role === role)!;
  const r = await call(base, 'POST', '/api/auth/staff', { json: { username: s.username, password: s.password } });
  if (r.status !== 200) throw new Error(`staff sign-in: ${r.status} ${r.text}`);
  return cookieOf(r);
}
