/**
 * /api/openapi.json covers every route the app registers (the same enumeration as the route table):
 * each with a summary, its response schema, its request schema (body, query, path parameters) and
 * its security, consistent with the access the route table gives it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { buildFixture, type Ctx, isWrite, makeCtx, pathParams, registeredRoutes, splitKey } from './route-kit.ts';
import { ROUTES } from './route-table.ts';

type Schema = Record<string, unknown>;
type Operation = {
  summary?: string;
  security?: unknown[];
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
type Document = {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, Operation>>;
  components?: Schema;
};

/** The document itself is the one route it does not describe. */
const SELF = 'GET /api/openapi.json';
const routes = registeredRoutes().filter((key) => key !== SELF);

let s: TestServer;
let ctx: Ctx;
let doc: Document;

beforeAll(async () => {
  s = await startTestServer();
  ctx = makeCtx(s, await buildFixture(s));
  const res = await fetch(`${s.url}/api/openapi.json`);
  expect(res.status).toBe(200);
  doc = (await res.json()) as Document;
});
afterAll(() => s?.stop());

/** "/api/vehicles/:id{[0-9a-f-]+}" → "/api/vehicles/{id}" */
const openapiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?\??/g, '{$1}');
const operationOf = (key: string) => {
  const { method, path } = splitKey(key);
  return doc.paths[openapiPath(path)]?.[method.toLowerCase()];
};
const isSchema = (x: unknown): x is Schema => typeof x === 'object' && x !== null && Object.keys(x).length > 0;

describe('/api/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBeTruthy();
  });

  it('lists every registered route', () => {
    const missing = routes.filter((key) => !operationOf(key));
    expect(
      missing,
      `routes missing from the OpenAPI document (give each a doc(...) description): ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('lists nothing that is not a registered route', () => {
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const known = new Set(routes.map((key) => `${splitKey(key).method} ${openapiPath(splitKey(key).path)}`));
    expect(listed.filter((op) => !known.has(op))).toEqual([]);
  });

  it('has no dangling $ref', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) {
      const target = ref
        .split('/')
        .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], doc);
      expect(target, `#/${ref}`).toBeDefined();
    }
  });
});

describe.each(routes)('%s', (key) => {
  const spec = ROUTES[key];
  const { method, path } = splitKey(key);

  it('has a summary and a response schema', () => {
    const op = operationOf(key);
    expect(op?.summary).toBeTruthy();
    const ok = Object.entries(op?.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
    expect(ok.length, 'a 2xx response').toBeGreaterThan(0);
    for (const [, response] of ok) {
      const content = Object.values(response.content ?? {});
      expect(content.length, 'the 2xx response has content').toBeGreaterThan(0);
      for (const c of content) expect(isSchema(c.schema), 'the 2xx content has a schema').toBe(true);
    }
  });

  it.runIf(['POST', 'PUT', 'PATCH'].includes(method) || (isWrite(key) && spec?.badBody && !('none' in spec.badBody)))(
    'documents its request body',
    () => {
      const content = operationOf(key)?.requestBody?.content ?? {};
      const schemas = Object.values(content).map((c) => c.schema);
      expect(schemas.length, 'a request body').toBeGreaterThan(0);
      for (const schema of schemas) expect(isSchema(schema)).toBe(true);
      expect(Object.keys(content).every((type) => ['application/json', 'multipart/form-data'].includes(type))).toBe(
        true,
      );
    },
  );

  it.runIf(pathParams(path).length > 0)('documents its path parameters', () => {
    const params = operationOf(key)?.parameters ?? [];
    for (const name of pathParams(path)) {
      const p = params.find((x) => x.in === 'path' && x.name === name);
      expect(p, `path parameter ${name}`).toBeDefined();
      expect(p!.required).toBe(true);
      expect(isSchema(p!.schema)).toBe(true);
    }
  });

  it('documents the query its sample sends', async () => {
    const query = spec?.sample ? (await spec.sample(ctx)).query : undefined;
    const params = operationOf(key)?.parameters ?? [];
    for (const name of Object.keys(query ?? {})) {
      const p = params.find((x) => x.in === 'query' && x.name === name);
      expect(p, `query parameter ${name}`).toBeDefined();
      expect(isSchema(p!.schema)).toBe(true);
    }
  });

  it('states the access the route table gives it', () => {
    const op = operationOf(key);
    const access = spec?.access;
    expect(access, 'the route is in the route table').toBeDefined();
    const signedIn = access === 'customer' || access === 'session' || typeof access === 'object';
    expect(Boolean(op?.security?.length), signedIn ? 'signed-in route: security [{ cookie: [] }]' : 'no security').toBe(
      signedIn,
    );
    if (signedIn) expect(Object.keys(op?.responses ?? {})).toContain('401');
    if (typeof access === 'object') expect(Object.keys(op?.responses ?? {})).toContain('403');
  });
});
