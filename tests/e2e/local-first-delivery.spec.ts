/**
 * Local-first delivery (issue 4): a push whose answer is lost is sent again — by the same tab, or by
 * the next tab after the first was closed — and the server applies it once, answering the re-send
 * from its stored receipt; a mutation the server refuses rolls back on the device and the status
 * line says why in words, while the mutations after it still apply.
 */
import type { Page, Request } from '@playwright/test';
import { demoSignIn, phone, shot } from './helpers.ts';
import {
  clientIdOf,
  expect,
  type OutboxRow,
  openSettings,
  query,
  readIdb,
  sql,
  swControls,
  test,
} from './local-first-fixtures.ts';
import type { TestServer } from '../helpers/test-server.ts';

test.use(phone);
// A fresh server per test, and a shared 2-core machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

type PushBody = { clientId: string; mutations: { seq: number; name: string; args: unknown }[] };
type PushAnswer = { lastSeq: number; results: { seq: number; status: string; result?: unknown }[] };

/** Every push a page sends, with what it carried and what came back (null: no answer reached it). */
function recordPushes(page: Page) {
  const pushes: { body: PushBody; answer: Promise<PushAnswer | null> }[] = [];
  page.on('request', (r: Request) => {
    if (!r.url().endsWith('/api/sync/push')) return;
    pushes.push({
      body: r.postDataJSON() as PushBody,
      answer: r.response().then(
        async (res) => (res ? ((await res.json()) as PushAnswer) : null),
        () => null,
      ),
    });
  });
  return pushes;
}

async function demoCustomerId(server: TestServer) {
  const [me] = await query<{ id: string }>(server, sql`select id from customer where phone = '13800138000'`);
  return me!.id;
}

/** The server's record of one device's mutations, and the preference changes it published. */
async function serverRecord(server: TestServer, clientId: string) {
  const customerId = await demoCustomerId(server);
  return {
    receipts: await query(
      server,
      sql`select seq::int as seq, name, status, reason from sync_mutation where client_id = ${clientId} order by seq`,
    ),
    englishChanges: (
      await query(
        server,
        sql`select seq from change_log where customer_id = ${customerId} and entity = 'preferences' and data->>'locale' = 'en'`,
      )
    ).length,
  };
}

test('lost answer: the server applied the push, the tab never heard; the re-send is answered from the receipt', async ({
  page,
  server,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await openSettings(page);
  const pushes = recordPushes(page);
  let lostAnswer: PushAnswer | null = null;
  await page.route('**/api/sync/push', async (route) => {
    if (lostAnswer) return route.continue();
    const response = await route.fetch(); // reaches the server, which commits…
    lostAnswer = (await response.json()) as PushAnswer;
    await route.abort('connectionreset'); // …but the answer never reaches the page
  });

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Me' })).toBeVisible();
  await expect(page.getByText('Synced', { exact: true })).toBeVisible();
  await expect.poll(() => readIdb<OutboxRow>(page, 'outbox')).toEqual([]);

  // Two pushes of the same mutation: the first was applied, its answer lost; the re-send got the receipt.
  expect(pushes.map((p) => p.body.mutations.map((m) => [m.seq, m.name]))).toEqual([
    [[1, 'preferences.set']],
    [[1, 'preferences.set']],
  ]);
  expect(lostAnswer).toEqual({ lastSeq: 1, results: [expect.objectContaining({ seq: 1, status: 'applied' })] });
  expect(await pushes[0]!.answer).toBeNull();
  expect(await pushes[1]!.answer).toEqual(lostAnswer);
  // In the database: one receipt, one published change — nothing applied twice.
  expect(await serverRecord(server, await clientIdOf(page))).toEqual({
    receipts: [{ seq: 1, name: 'preferences.set', status: 'applied', reason: null }],
    englishChanges: 1,
  });
  expect(consoleErrors).toEqual([]);
});

test('lost answer, then the tab is closed: the next tab sends it again and the server applies it once', async ({
  page,
  context,
  server,
}) => {
  await demoSignIn(page);
  await openSettings(page);
  const clientId = await clientIdOf(page);
  let lost!: () => void;
  const answerLost = new Promise<void>((r) => {
    lost = r;
  });
  let first = true;
  await page.route('**/api/sync/push', async (route) => {
    if (!first) return route.abort('internetdisconnected'); // this tab gets no further
    first = false;
    await route.fetch();
    await route.abort('connectionreset');
    lost();
  });
  await page.getByText('English', { exact: true }).click();
  await answerLost;
  expect((await serverRecord(server, clientId)).receipts).toHaveLength(1); // applied before the tab closed
  const [row] = await readIdb<OutboxRow>(page, 'outbox');
  expect(row).toMatchObject({ seq: 1, status: 'pending' }); // …but this device does not know it
  await page.close();

  const next = await context.newPage();
  const pushes = recordPushes(next);
  await next.goto('/settings');
  await expect(next.getByRole('heading', { level: 1, name: 'Me' })).toBeVisible();
  await expect(next.getByText('Synced', { exact: true })).toBeVisible();
  await expect.poll(() => readIdb<OutboxRow>(next, 'outbox')).toEqual([]);
  expect(pushes.map((p) => p.body.mutations.map((m) => m.seq))).toEqual([[1]]);
  expect((await pushes[0]!.answer)?.results).toEqual([expect.objectContaining({ seq: 1, status: 'applied' })]);
  expect(await serverRecord(server, clientId)).toEqual({
    receipts: [{ seq: 1, name: 'preferences.set', status: 'applied', reason: null }],
    englishChanges: 1,
  });
});

/**
 * Writes mutations straight into the device's outbox, as an older app version would have queued them
 * (the app's own enqueue() validates, so it cannot make a mutation this server refuses).
 */
async function queueRaw(page: Page, mutations: { name: string; args: unknown }[]) {
  await page.evaluate(
    (list) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('pitlane');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'outbox'], 'readwrite');
          const meta = tx.objectStore('meta');
          const get = meta.get('nextSeq');
          get.onsuccess = () => {
            let seq = (get.result?.value as number | undefined) ?? 1;
            for (const m of list) {
              tx.objectStore('outbox').add({ seq, ...m, at: new Date().toISOString(), status: 'pending' });
              seq++;
            }
            meta.put({ key: 'nextSeq', value: seq });
          };
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    mutations,
  );
}

test('refusal: a refused mutation rolls back on the device and the reason is shown in words', async ({
  page,
  context,
  server,
  consoleErrors,
}) => {
  await demoSignIn(page);
  await swControls(page);
  await openSettings(page);
  await context.setOffline(true);
  // Queued offline by an older version: English with a notification value this server refuses,
  // then a valid change that must still apply after the refusal.
  await queueRaw(page, [
    { name: 'preferences.set', args: { locale: 'en', notifyMarketing: 'sometimes' } },
    { name: 'preferences.set', args: { largeText: true } },
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Me' })).toBeVisible(); // shown at once
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await expect(page.getByTestId('status-pending')).toContainText('Waiting to sync: 2');
  await expect(page.getByText('Waiting to sync', { exact: true })).toBeVisible();
  await shot(page, 'local-first-refusal-pending');

  await context.setOffline(false);
  // Rolled back to the server's truth: Chinese again; the valid change after it applied.
  const refused = page.getByTestId('status-refused');
  await expect(refused).toHaveText(/更改设置：服务器没有接受这项操作，已恢复原状。/);
  await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '简体中文' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('switch', { name: '大字模式' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await expect(page.getByText('已同步', { exact: true })).toBeVisible();
  await expect(page.getByTestId('status-pending')).toHaveCount(0);
  await expect(refused).not.toContainText('invalid'); // words, never the code
  await shot(page, 'local-first-refusal-shown');

  expect(await serverRecord(server, await clientIdOf(page))).toEqual({
    receipts: [
      { seq: 1, name: 'preferences.set', status: 'refused', reason: 'invalid' },
      { seq: 2, name: 'preferences.set', status: 'applied', reason: null },
    ],
    englishChanges: 0,
  });
  expect((await readIdb<OutboxRow>(page, 'outbox')).map((m) => [m.seq, m.status, m.reason])).toEqual([
    [1, 'refused', 'invalid'],
  ]);

  await refused.getByRole('button', { name: '知道了' }).click();
  await expect(refused).toHaveCount(0);
  await expect.poll(() => readIdb<OutboxRow>(page, 'outbox')).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
