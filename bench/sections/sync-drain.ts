/**
 * Outbox drain: 1,000 mutations queued offline in a real page (preference changes, written into the
 * device's outbox as the app queues them, then the app reloaded offline so it shows all 1,000 as
 * pending), then the network comes back. Figures: the time from reconnecting to an empty outbox
 * (every mutation applied on the server and confirmed by a pull), and the push and pull requests it
 * took. The server's receipts are checked: all 1,000 applied, none twice.
 */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../server/db/client.ts';
import { idbCount, launchChromium, round1, signedInPhone, startBenchServer } from '../lib/sync-page.ts';
import { define, log } from '../lib/section.ts';

const MUTATIONS = 1000;

export default define({
  name: 'sync-drain',
  run: async () => {
    const server = await startBenchServer({ browser: true });
    const browser = await launchChromium();
    try {
      const { context, page } = await signedInPhone(browser, server.url);
      await page.goto('/settings');
      await page.getByRole('switch').first().waitFor();
      await context.setOffline(true);
      log(`queueing ${MUTATIONS} mutations offline…`);
      await page.evaluate(
        (n) =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('pitlane');
            open.onsuccess = () => {
              const tx = open.result.transaction(['meta', 'outbox'], 'readwrite');
              const at = new Date().toISOString();
              for (let seq = 1; seq <= n; seq++) {
                const args = { notifyMarketing: seq % 2 === 1 };
                tx.objectStore('outbox').add({ seq, name: 'preferences.set', args, at, status: 'pending' });
              }
              tx.objectStore('meta').put({ key: 'nextSeq', value: n + 1 });
              tx.oncomplete = () => {
                open.result.close();
                done();
              };
              tx.onerror = () => fail(tx.error);
            };
            open.onerror = () => fail(open.error);
          }),
        MUTATIONS,
      );
      await page.reload();
      await page.getByTestId('status-pending').getByText(String(MUTATIONS)).waitFor();

      const requests = { push: 0, pull: 0 };
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path === '/api/sync/push') requests.push++;
        if (path === '/api/sync/pull') requests.pull++;
      });
      log('reconnecting…');
      const started = performance.now();
      await context.setOffline(false);
      // Polled from here (a page-side promise would not be awaited by waitForFunction's polling).
      const deadline = started + 120_000;
      while ((await idbCount(page, 'outbox')) > 0) {
        if (performance.now() > deadline) throw new Error('the outbox did not drain in 2 minutes');
        await new Promise((r) => setTimeout(r, 10));
      }
      const drainMs = performance.now() - started;
      await page.getByTestId('status-pending').waitFor({ state: 'detached' });
      const uiMs = performance.now() - started;

      const receipts = rowsOf<{ status: string; n: number }>(
        await server.db.db.execute(sql`select status, count(*)::int as n from sync_mutation group by status`),
      );
      if (receipts.length !== 1 || receipts[0]!.status !== 'applied' || receipts[0]!.n !== MUTATIONS)
        throw new Error(`expected ${MUTATIONS} applied receipts, got ${JSON.stringify(receipts)}`);
      if ((await idbCount(page, 'outbox')) !== 0) throw new Error('outbox not empty');
      return {
        mutations: MUTATIONS,
        drainMs: Math.round(drainMs),
        pendingLineGoneMs: Math.round(uiMs),
        perMutationMs: round1(drainMs / MUTATIONS),
        pushRequests: requests.push,
        pullRequests: requests.pull,
      };
    } finally {
      await browser.close();
      await server.stop();
    }
  },
});
