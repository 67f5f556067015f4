import type { Database, Db } from '../db/client.ts';
import type { LiveHub } from '../sync/live-hub.ts';
import type { SmsSender } from '../auth/sms.ts';
import type { StaffRole } from '@shared/auth/auth.schema.ts';

export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };

/** Everything a request handler may reach; created once per process in server/index.ts or a test. */
export type AppDeps = {
  database: Database;
  sms: SmsSender;
  clock: Clock;
  /** HMAC key for codes and signed links. */
  secret: string;
  demo: boolean;
  live: LiveHub;
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
    session: SessionInfo | null;
    customerId: string;
    staff: Extract<SessionInfo, { kind: 'staff' }>;
  };
};
