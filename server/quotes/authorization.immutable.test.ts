import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationHash, verifyAuthorization } from '@shared/quotes/canonical.ts';
import type { AuthorizationContent } from '@shared/quotes/authorization.schema.ts';
import { rowsOf } from '../db/client.ts';
import { startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { demoQuote, device, signature } from './quote.test-kit.ts';
import { authorizationView } from './quote.views.ts';
import { quoteAuthorizations } from './quote.table.ts';

let s: TestServer;
let id: string;
beforeAll(async () => {
  s = await startTestServer();
  const staff = await s.signInStaff('advisor');
  const q = await demoQuote(staff);
  const r = await device(await s.signInCustomer()).push('quote.decide', {
    quoteId: q.id,
    version: 1,
    decisions: q.lines.map((l) => ({ lineKey: l.key, decision: l.tier === 'optional' ? 'decline' : 'approve' })),
    signature,
  });
  if (r.status !== 'applied') throw new Error(JSON.stringify(r));
  id = (r.result as { authorizationId: string }).authorizationId;
});
afterAll(() => s?.stop());

const message = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'no error';
  } catch (e) {
    const err = e as { message?: string; cause?: { message?: string } };
    return `${err.message ?? ''} ${err.cause?.message ?? ''}`;
  }
};

describe(`the authorization record in the database (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const db = s.db.db;
    expect(await message(db.execute(sql`update quote_authorization set content_hash = 'x' where id = ${id}`))).toMatch(
      /immutable/,
    );
    expect(
      await message(
        db.execute(
          sql`update quote_authorization set content = jsonb_set(content, '{approvedTotalFen}', '1') where id = ${id}`,
        ),
      ),
    ).toMatch(/immutable/);
    expect(await message(db.execute(sql`delete from quote_authorization where id = ${id}`))).toMatch(/immutable/);
    expect(await message(db.execute(sql`truncate quote_authorization cascade`))).toMatch(/immutable/);
    const [n] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from quote_authorization where id = ${id}`),
    );
    expect(n!.n).toBe(1);
  });

  it('keeps a content hash that verifies against the stored content', async () => {
    const [row] = rowsOf<{ content: AuthorizationContent | string; content_hash: string }>(
      await s.db.db.execute(sql`select content, content_hash from quote_authorization where id = ${id}`),
    );
    const content =
      typeof row!.content === 'string' ? (JSON.parse(row!.content) as AuthorizationContent) : row!.content;
    expect(await authorizationHash(content)).toBe(row!.content_hash);
    const [stored] = await s.db.db.select().from(quoteAuthorizations);
    const record = authorizationView(stored!);
    expect(await verifyAuthorization(record)).toBe(true);
    expect(await verifyAuthorization({ ...record, signedAt: new Date(0).toISOString() })).toBe(false);
  });
});
