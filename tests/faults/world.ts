/**
 * Setting up and reading back a child server's world: sign-ins (the code is read from the development
 * SMS outbox in the data folder, as a phone would receive it) and direct SQL on its database once the
 * server has stopped (PGlite) or beside it (PostgreSQL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { call, cookieOf, sleep } from './http.ts';

export async function signInByCode(base: string, dataDir: string, phone: string): Promise<string> {
  const sent = await call(base, 'POST', '/api/auth/code', { json: { phone } });
  if (sent.status !== 200) throw new Error(`code request for ${phone}: ${sent.status} ${sent.text}`);
  let code: string | undefined;
  for (let i = 0; i < 50 && !code; i++) {
    const outbox = readFileSync(join(dataDir, 'sms-outbox.log'), 'utf8');
    code = outbox
      .split('\n')
      .filter((l) => l.includes(` ${phone} otp:`))
      .at(-1)
      ?.match(/\b(\d{6})\b/)?.[1];
    if (!code) await sleep(20);
  }
  const verified = await call(base, 'POST', '/api/auth/verify', { json: { phone, code } });
  if (verified.status !== 200) throw new Error(`verify ${phone}: ${verified.status} ${verified.text}`);
  return cookieOf(verified);
}

export async function signInDemo(base: string): Promise<string> {
  const r = await call(base, 'POST', '/api/auth/demo', { json: {} });
  if (r.status !== 200) throw new Error(`demo sign-in: ${r.status} ${r.text}`);
  return cookieOf(r);
}

export type Sql = { query: <T>(text: string, params?: unknown[]) => Promise<T[]>; close: () => Promise<void> };

/** Raw SQL on the world's database: PostgreSQL by URL, or the PGlite folder (only while no server holds it). */
export async function openSql(target: { url?: string; dataDir?: string }): Promise<Sql> {
  if (target.url) {
    const sql = postgres(target.url, { max: 1, onnotice: () => {} });
    return {
      query: async <T>(text: string, params: unknown[] = []) =>
        (await sql.unsafe(text, params as never[])) as unknown as T[],
      close: () => sql.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(join(target.dataDir!, 'pglite'));
  return {
    query: async <T>(text: string, params: unknown[] = []) => (await db.query<T>(text, params)).rows,
    close: () => db.close(),
  };
}
