/**
 * The quote route tests are split by behaviour, each file on its own fresh server so no file depends
 * on another's decisions; this is the one setup they share (advisor and 张先生 signed in).
 */
import { afterAll, beforeAll } from 'vitest';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';

export type QuoteRoutesFixture = { s: TestServer; staff: Client; zhang: Client };

/** Call at a test file's top level; the fields are filled before the first test runs. */
export function quoteRoutesFixture(): QuoteRoutesFixture {
  const f = {} as QuoteRoutesFixture;
  beforeAll(async () => {
    f.s = await startTestServer();
    f.staff = await f.s.signInStaff('advisor');
    f.zhang = await f.s.signInCustomer();
  });
  afterAll(() => f.s?.stop());
  return f;
}
