import type { Database, Db } from '../db/client.ts';
import type { CustomerReadCache } from '../sync/customer-read-cache.ts';
import type { LiveHub } from '../sync/live-hub.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import type { SmsSender } from '../auth/sms.ts';
import type { PushService } from '../notifications/push-service.ts';
import type { StaffRole } from '@shared/auth/auth.schema.ts';

export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };

/** Everything a request handler may reach; created once per process in server/index.ts or a test. */
export type AppDeps = {
  database: Database;
  sms: SmsSender;
  /** Web Push (VAPID); absent when the server cannot send it. */
  push?: PushService;
  /** Tests only: accept subscriptions on a local push service (http, 127.0.0.1). */
  pushLocalEndpoints?: boolean;
  clock: Clock;
  /** HMAC key for codes and signed links. */
  secret: string;
  demo: boolean;
  live: LiveHub;
  /** Verified sessions of this process, dropped across processes on revocation. */
  sessions: SessionCache;
  /** Customers' hot reads, dropped across processes when the customer's data changes. */
  reads: CustomerReadCache;
  publicUrl?: string | undefined;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (otherwise it is ignored). */
  trustProxy?: boolean;
  log: (msg: string) => void;
};

export type SessionInfo =
  | { kind: 'customer'; sessionId: string; customerId: string; centerId: string }
  | { kind: 'staff'; sessionId: string; staffId: string; centerId: string; role: StaffRole; name: string };

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    db: Db;
    /** Undefined until currentSession(c) looked it up (requireCustomer / requireStaff do). */
    session: SessionInfo | null | undefined;
    customerId: string;
    staff: Extract<SessionInfo, { kind: 'staff' }>;
  };
};

type Vars = { var: AppEnv['Variables'] };
/** The signed-in staff member, as the services take the one acting (after requireStaff / requireAction). */
export const staffActor = (c: Vars) => ({ centerId: c.var.staff.centerId, staffId: c.var.staff.staffId });
/** Now by the app's clock, which tests set. */
export const clockNow = (c: Vars) => c.var.deps.clock.now();
