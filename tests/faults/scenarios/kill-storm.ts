/**
 * The kill storm: several simulated devices (each its own customer and outbox) push `count` mutations
 * through the fault proxy while the server process is SIGKILLed and restarted `kills` times. Afterwards
 * the database is read directly: every acknowledged mutation is there (lost), none was applied twice
 * (duplicated: one published change per applied mutation), and each customer's preferences equal the
 * model folded from that device's mutations in order.
 */
import { DEFAULT_PREFERENCES, type Preferences } from '@shared/settings/preferences.schema.ts';
import { type ChildServer, startChildServer } from '../child-server.ts';
import { type FaultMix, rng, startFaultProxy } from '../fault-proxy.ts';
import { call, json, sleep } from '../http.ts';
import { openSql, signInByCode } from '../world.ts';

export type KillStormOptions = {
  seed: number;
  count: number;
  devices: number;
  kills: number;
  databaseUrl?: string;
  mix?: FaultMix;
  deadlineMs?: number;
};

export type KillStormResult = {
  acknowledged: number;
  lost: number;
  duplicated: number;
  unfinished: number;
  kills: number;
  modelMismatches: number;
  refused: number;
  maxRecoveryMs: number;
  /** Everything the server printed over all its starts (for the log-hygiene check). */
  log: string;
  proxy: { connections: number; cutBefore: number; dropResponse: number; cutMidResponse: number };
};

const FLAGS = [
  'largeText',
  'notifyReminders',
  'notifyTimeline',
  'notifyQuotes',
  'notifyMarketing',
  'smsFallback',
] as const;
const BATCH = 25;

type Device = {
  clientId: string;
  customerId: string;
  cookie: string;
  phone: string;
  queue: { seq: number; args: Partial<Preferences> }[];
  next: number; // index of the first mutation not yet acknowledged
  acked: Set<number>;
  model: Preferences;
};

export async function runKillStorm(o: KillStormOptions): Promise<KillStormResult> {
  const random = rng(o.seed);
  const server = await startChildServer(o.databaseUrl ? { databaseUrl: o.databaseUrl } : {});
  const proxy = await startFaultProxy(
    server.port,
    o.seed,
    o.mix ?? { cutBefore: 0.05, dropResponse: 0.1, cutMidResponse: 0.05, delayMs: 30 },
  );
  const deadline = Date.now() + (o.deadlineMs ?? 150_000);
  const devices: Device[] = [];
  try {
    for (let d = 0; d < o.devices; d++) {
      const phone = `1390${String(o.seed % 1000).padStart(3, '0')}${String(d).padStart(4, '0')}`;
      const cookie = await signInByCode(server.url, server.dataDir, phone);
      const me = json<{ id: string }>(await call(server.url, 'GET', '/api/auth/me', { cookie }))!;
      const per = Math.floor(o.count / o.devices) + (d < o.count % o.devices ? 1 : 0);
      const model = { ...DEFAULT_PREFERENCES };
      const queue = Array.from({ length: per }, (_, i) => {
        const args: Partial<Preferences> = {};
        for (const f of FLAGS) if (random() < 0.4) args[f] = random() < 0.5;
        if (Object.keys(args).length === 0) args.largeText = random() < 0.5;
        Object.assign(model, args);
        return { seq: i + 1, args };
      });
      devices.push({
        clientId: crypto.randomUUID(),
        customerId: me.id,
        cookie,
        phone,
        queue,
        next: 0,
        acked: new Set(),
        model,
      });
    }

    let acknowledged = 0;
    let refused = 0;
    const runDevice = async (dev: Device) => {
      let failures = 0;
      while (dev.next < dev.queue.length && Date.now() < deadline) {
        const slice = dev.queue.slice(dev.next, dev.next + BATCH);
        const at = new Date().toISOString();
        const r = await call(proxy.url, 'POST', '/api/sync/push', {
          cookie: dev.cookie,
          json: {
            clientId: dev.clientId,
            mutations: slice.map((m) => ({ seq: m.seq, name: 'preferences.set', args: m.args, at })),
          },
        });
        const body = r.status === 200 ? json<{ results: { seq: number; status: string }[] }>(r) : null;
        if (!body) {
          failures++;
          await sleep(Math.min(1000, 20 * 2 ** Math.min(failures, 6)) * (0.5 + random() / 2));
          continue;
        }
        failures = 0;
        for (const res of body.results) {
          if (res.status !== 'applied') refused++;
          if (!dev.acked.has(res.seq)) {
            dev.acked.add(res.seq);
            acknowledged++;
          }
        }
        while (dev.next < dev.queue.length && dev.acked.has(dev.queue[dev.next]!.seq)) dev.next++;
      }
    };

    let kills = 0;
    let maxRecoveryMs = 0;
    const killer = async () => {
      for (let k = 0; k < o.kills && Date.now() < deadline; k++) {
        const threshold = Math.floor((o.count * (k + 1)) / (o.kills + 1));
        while (acknowledged < threshold && Date.now() < deadline) await sleep(5);
        await sleep(Math.floor(random() * 40)); // land inside a push, not just after one
        const killedAt = performance.now();
        await server.kill();
        kills++;
        await sleep(Math.floor(random() * 300));
        await server.start();
        maxRecoveryMs = Math.max(maxRecoveryMs, performance.now() - killedAt);
      }
    };
    await Promise.all([killer(), ...devices.map(runDevice)]);
    const unfinished = devices.reduce((n, d) => n + (d.queue.length - d.next), 0);
    const stats = { ...proxy.stats };
    await proxy.close();
    await server.stop();
    const verdict = await verify(server, o.databaseUrl, devices);
    return {
      acknowledged,
      refused,
      unfinished,
      kills,
      maxRecoveryMs: Math.round(maxRecoveryMs),
      proxy: stats,
      log: server.log(),
      ...verdict,
    };
  } finally {
    await proxy.close().catch(() => {});
    await server.stop();
    server.remove();
  }
}

async function verify(server: ChildServer, url: string | undefined, devices: Device[]) {
  const sql = await openSql(url ? { url } : { dataDir: server.dataDir });
  let lost = 0;
  let duplicated = 0;
  let modelMismatches = 0;
  try {
    for (const d of devices) {
      const receipts = await sql.query<{ seq: string | number; status: string }>(
        'select seq, status from sync_mutation where client_id = $1',
        [d.clientId],
      );
      const applied = new Set(receipts.filter((r) => r.status === 'applied').map((r) => Number(r.seq)));
      for (const seq of d.acked) if (!applied.has(seq)) lost++;
      const [changes] = await sql.query<{ n: string | number }>(
        "select count(*) as n from change_log where customer_id = $1 and entity = 'preferences'",
        [d.customerId],
      );
      // One change when the customer was created, then one per applied mutation: more is a double apply.
      const extra = Number(changes?.n ?? 0) - 1 - applied.size;
      duplicated += Math.max(0, extra);
      lost += Math.max(0, -extra); // an applied receipt without its effect
      const [row] = await sql.query<Record<string, unknown>>(
        'select large_text, notify_reminders, notify_timeline, notify_quotes, notify_marketing, sms_fallback from customer where id = $1',
        [d.customerId],
      );
      const stored = {
        largeText: row?.large_text,
        notifyReminders: row?.notify_reminders,
        notifyTimeline: row?.notify_timeline,
        notifyQuotes: row?.notify_quotes,
        notifyMarketing: row?.notify_marketing,
        smsFallback: row?.sms_fallback,
      };
      if (FLAGS.some((f) => stored[f] !== d.model[f])) modelMismatches++;
    }
  } finally {
    await sql.close();
  }
  return { lost, duplicated, modelMismatches };
}
