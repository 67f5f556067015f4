/**
 * The OpenAPI fuzz: `count` requests generated from the server's own /api/openapi.json with fast-check
 * from one seed (valid bodies from the schemas, then mutated: wrong types, missing and extra fields,
 * boundary and huge numbers, long strings, NUL and control characters, bad Unicode, bad dates, deep
 * nesting, bodies that are not JSON), sent anonymously and signed in as a customer and as staff, to
 * the real server as a child process. Every 5xx is kept with the index that replays it; the child's
 * peak memory is read from /proc.
 */
import fc from 'fast-check';
import { type ChildServer, startChildServer } from '../child-server.ts';
import { type Schema, hostileScalar, mutateArb, validArb } from '../fuzz/schema-arb.ts';
import { type Answer, call, cookieOf, json } from '../http.ts';
import { signInDemo } from '../world.ts';

type OperationDoc = { parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type OpenApiDoc = { paths: Record<string, Record<string, OperationDoc>> };
type Param = { in: 'path' | 'query'; name: string; schema: Schema; required?: boolean };
type Op = { method: string; path: string; params: Param[]; body: Schema | null; multipart: boolean };
type Who = 'anon' | 'customer' | 'advisor' | 'manager' | 'technician';
export type FuzzRequest = { op: number; who: Who; path: string; body: string | undefined; type: string };
export type FuzzFailure = {
  index: number;
  who: Who;
  method: string;
  path: string;
  status: number;
  error?: string;
  body: string;
};
export type FuzzResult = {
  seed: number;
  requests: number;
  fiveHundreds: number;
  statuses: Record<string, number>;
  failures: FuzzFailure[];
  baselineRssMiB: number;
  peakRssMiB: number;
  alive: boolean;
  log: string;
};

const SKIP = new Set(['GET /api/sync/stream']);
// A signed-in caller keeps its session: no sign-in or sign-out routes (they rotate or revoke it).
const ANON_ONLY = /^POST \/api\/auth\//;
const RAW_BODIES = [
  '{',
  'null',
  '[]',
  '"text"',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"a":1,"a":2}',
  '\u0000',
  '{"x":"\\ud800"}',
  '{"x":"\\u0000"}',
  '1e999999',
];

/** Percent-encodes a path segment; a lone surrogate goes out as the invalid UTF-8 bytes it would be. */
function encodePart(s: string) {
  let out = '';
  for (const ch of s) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%ED%A0%80';
    }
  }
  return out;
}

function operations(doc: OpenApiDoc): Op[] {
  const ops: Op[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const m = method.toUpperCase();
      if (SKIP.has(`${m} ${path}`)) continue;
      const content = op.requestBody?.content ?? {};
      ops.push({
        method: m,
        path,
        params: op.parameters ?? [],
        body: content['application/json']?.schema ?? null,
        multipart: Boolean(content['multipart/form-data']),
      });
    }
  }
  return ops;
}

function requestArb(ops: Op[], ids: string[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.nat(ops.length - 1),
      fc.constantFrom<Who>('anon', 'customer', 'customer', 'advisor', 'manager', 'technician'),
    )
    .chain(([i, who]) => {
      const op = ops[i]!;
      const realWho: Who = ANON_ONLY.test(`${op.method} ${op.path}`) ? 'anon' : who;
      const param = (p: Param) =>
        fc.oneof(
          { weight: 4, arbitrary: validArb(p.schema, ids).map(String) },
          {
            weight: 1,
            arbitrary: hostileScalar.map((v) => (typeof v === 'string' ? v.slice(0, 300) : JSON.stringify(v))),
          },
        );
      const pathParams = fc.tuple(...op.params.filter((p) => p.in === 'path').map(param));
      const queryParams = fc.tuple(
        ...op.params
          .filter((p) => p.in === 'query')
          .map((p) => fc.option(param(p), { nil: undefined, freq: p.required ? 10 : 2 })),
      );
      const body: fc.Arbitrary<{ body: string | undefined; type: string }> = op.multipart
        ? fc.constantFrom(
            {
              body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nnot an image\r\n--x--\r\n',
              type: 'multipart/form-data; boundary=x',
            },
            { body: 'garbage', type: 'multipart/form-data; boundary=x' },
          )
        : op.body
          ? validArb(op.body, ids).chain((valid) =>
              fc
                .oneof(
                  { weight: 3, arbitrary: fc.constant(valid) },
                  { weight: 6, arbitrary: mutateArb(valid) },
                  { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })) },
                )
                .map((v) =>
                  v && typeof v === 'object' && 'raw' in (v as object) && Object.keys(v as object).length === 1
                    ? { body: (v as { raw: string }).raw, type: 'application/json' }
                    : { body: JSON.stringify(v) ?? 'null', type: 'application/json' },
                ),
            )
          : op.method === 'GET'
            ? fc.constant({ body: undefined, type: '' })
            : fc.constant({ body: '{}', type: 'application/json' });
      return fc.tuple(pathParams, queryParams, body).map(([pp, qp, b]) => {
        let k = 0;
        const path = op.path.replace(/\{[^}]+\}/g, () => encodePart(String(pp[k++] ?? 'x')));
        const q = new URLSearchParams();
        op.params
          .filter((p) => p.in === 'query')
          .forEach((p, j) => {
            if (qp[j] !== undefined) q.set(p.name, String(qp[j]));
          });
        const qs = q.toString();
        return { op: i, who: realWho, path: qs ? `${path}?${qs}` : path, ...b };
      });
    });
}

/** Ids the fuzz may name: the caller's own objects and the center's, so requests reach real rows. */
async function knownIds(base: string, cookies: Record<Who, string>) {
  const texts = await Promise.all([
    call(base, 'GET', '/api/vehicles', { cookie: cookies.customer }),
    call(base, 'GET', '/api/center', { cookie: cookies.customer }),
    call(base, 'GET', '/api/sync/pull?since=0', { cookie: cookies.customer }),
    call(base, 'GET', '/api/staff/quotes/visits', { cookie: cookies.advisor }),
    call(base, 'GET', '/api/staff/team', { cookie: cookies.manager }),
  ]);
  const ids = new Set<string>();
  for (const t of texts)
    for (const m of t.text.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)) ids.add(m[0]);
  return [...ids].slice(0, 200);
}

async function staffCookie(base: string, username: string, password: string) {
  const r = await call(base, 'POST', '/api/auth/staff', { json: { username, password } });
  if (r.status !== 200) throw new Error(`staff sign-in ${username}: ${r.status}`);
  return cookieOf(r);
}

export async function runFuzz(o: {
  seed: number;
  count: number;
  concurrency?: number;
  deadlineMs?: number;
}): Promise<FuzzResult> {
  const server: ChildServer = await startChildServer();
  try {
    const base = server.url;
    const cookies: Record<Who, string> = {
      anon: '',
      customer: await signInDemo(base),
      advisor: await staffCookie(base, 'advisor', 'pitlane-advisor'),
      manager: await staffCookie(base, 'manager', 'pitlane-manager'),
      technician: await staffCookie(base, 'tech', 'pitlane-tech'),
    };
    const doc = json<OpenApiDoc>(await call(base, 'GET', '/api/openapi.json'))!;
    const ops = operations(doc);
    const ids = await knownIds(base, cookies);
    const requests = fc.sample(requestArb(ops, ids), { numRuns: o.count, seed: o.seed });
    const baselineRssMiB = server.peakRssMiB();
    const statuses: Record<string, number> = {};
    const failures: FuzzFailure[] = [];
    const deadline = Date.now() + (o.deadlineMs ?? 240_000);
    let next = 0;
    let sent = 0;
    const worker = async () => {
      while (next < requests.length && Date.now() < deadline) {
        const index = next++;
        const r = requests[index]!;
        const op = ops[r.op]!;
        const a: Answer = await call(base, op.method, r.path, {
          cookie: cookies[r.who],
          ...(r.body !== undefined ? { body: r.body, type: r.type } : {}),
          timeoutMs: 20_000,
        });
        sent++;
        const key = String(a.status);
        statuses[key] = (statuses[key] ?? 0) + 1;
        if (a.status >= 500 || a.status === 0)
          failures.push({
            index,
            who: r.who,
            method: op.method,
            path: r.path.slice(0, 200),
            status: a.status,
            // Without an answer, the socket's error (a reset, a timeout) says why.
            ...(a.status === 0 ? { error: a.text.slice(0, 200) } : {}),
            body: JSON.stringify(r.body ?? '').slice(0, 300),
          });
      }
    };
    await Promise.all(Array.from({ length: o.concurrency ?? 6 }, worker));
    const alive = (await call(base, 'GET', '/api/health')).status === 200;
    return {
      seed: o.seed,
      requests: sent,
      fiveHundreds: failures.length,
      statuses,
      failures: failures.slice(0, 20),
      baselineRssMiB,
      peakRssMiB: server.peakRssMiB(),
      alive,
      log: server.log(),
    };
  } finally {
    await server.stop();
    server.remove();
  }
}
