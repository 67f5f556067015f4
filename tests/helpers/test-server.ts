/**
 * The real server on a free port over a fresh database, with a controllable clock and an SMS outbox
 * to read codes from. `signIn*` return a cookie-carrying client for that user.
 */
import { memorySms } from '../../server/auth/sms.ts';
import { DEMO_CUSTOMER_PHONE, DEMO_SECOND_CUSTOMER_PHONE, DEMO_STAFF } from '../../server/demo/demo.constants.ts';
import type { Clock } from '../../server/http/context.ts';
import { type RunningServer, startServer } from '../../server/server.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export type TestClock = Clock & { set: (iso: string | Date) => void; advance: (ms: number) => void; real: () => void };

export function testClock(start?: string | Date): TestClock {
  let fixed: number | null = start ? new Date(start).getTime() : null;
  return {
    now: () => new Date(fixed ?? Date.now()),
    set: (at) => {
      fixed = new Date(at).getTime();
    },
    advance: (ms) => {
      fixed = (fixed ?? Date.now()) + ms;
    },
    real: () => {
      fixed = null;
    },
  };
}

export type Client = {
  cookie: string;
  fetch: (path: string, init?: RequestInit & { json?: unknown }) => Promise<Response>;
  get: <T = unknown>(path: string) => Promise<{ status: number; body: T }>;
  post: <T = unknown>(path: string, json?: unknown) => Promise<{ status: number; body: T }>;
};

export type TestServer = RunningServer & {
  db: TestDatabase;
  sms: ReturnType<typeof memorySms>;
  clock: TestClock;
  anon: Client;
  signInCustomer: (phone?: string) => Promise<Client>;
  signInStaff: (role: 'advisor' | 'technician' | 'manager') => Promise<Client>;
  stop: () => Promise<void>;
};

export async function startTestServer(
  options: { demo?: boolean; clock?: TestClock; distDir?: string } = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  const sms = memorySms();
  const clock = options.clock ?? testClock();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: '/tmp/pitlane-test-unused',
    demo: options.demo ?? true,
    secret: 'test-secret-test-secret-test-secret-0123',
    database: db,
    sms,
    pushLocalEndpoints: true,
    clock,
    distDir: options.distDir,
    log: () => {},
  });
  const base = `http://127.0.0.1:${server.port}`;
  const client = (cookie = ''): Client => {
    const c: Client = {
      cookie,
      fetch: async (path, init = {}) => {
        const headers = new Headers(init.headers);
        if (c.cookie) headers.set('cookie', c.cookie);
        let bodyInit = init.body;
        if (init.json !== undefined) {
          headers.set('content-type', 'application/json');
          bodyInit = JSON.stringify(init.json);
        }
        const res = await fetch(base + path, { ...init, headers, body: bodyInit ?? null });
        const set = res.headers.getSetCookie().find((s) => s.startsWith('pitlane='));
        if (set) c.cookie = set.split(';')[0]!;
        return res;
      },
      get: async (path) => {
        const res = await c.fetch(path);
        return { status: res.status, body: await res.json().catch(() => null) };
      },
      post: async (path, json = {}) => {
        const res = await c.fetch(path, { method: 'POST', json });
        return { status: res.status, body: await res.json().catch(() => null) };
      },
    };
    return c;
  };
  return {
    ...server,
    url: base,
    db,
    sms,
    clock,
    anon: client(),
    signInCustomer: async (phone = DEMO_CUSTOMER_PHONE) => {
      const c = client();
      if (phone === DEMO_CUSTOMER_PHONE && (options.demo ?? true)) {
        const r = await c.post('/api/auth/demo');
        if (r.status !== 200) throw new Error(`demo sign-in failed: ${r.status}`);
        return c;
      }
      await c.post('/api/auth/code', { phone });
      const code = sms.last(phone)?.text.match(/\d{6}/)?.[0];
      const r = await c.post('/api/auth/verify', { phone, code });
      if (r.status !== 200) throw new Error(`sign-in failed: ${r.status}`);
      return c;
    },
    signInStaff: async (role) => {
      const c = client();
      const s = DEMO_STAFF.find((x) => x.role === role)!;
      const r = await c.post('/api/auth/staff', { username: s.username, password: s.password });
      if (r.status !== 200) throw new Error(`staff sign-in failed: ${r.status}`);
      return c;
    },
    stop: async () => {
      await server.close();
      await db.close();
    },
  };
}

export { DEMO_CUSTOMER_PHONE, DEMO_SECOND_CUSTOMER_PHONE };
