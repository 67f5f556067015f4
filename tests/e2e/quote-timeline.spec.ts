/**
 * The quote flow tells the live timeline: an open Visit tab shows "quote sent" when the advisor
 * sends a quote and "approved" (with what was approved) when the customer signs, each within a second.
 */
import type { Board } from '@shared/timeline/timeline.schema.ts';
import type { StaffQuote } from '@shared/quotes/staff-quote.schema.ts';
import { randomUUID } from 'node:crypto';
import { demoSignIn, phone, shot } from './helpers.ts';
import { expect, test } from './local-first-fixtures.ts';

test.use(phone);

const LIVE = { timeout: 1500 };

test('"quote sent" and "approved" reach the customer’s open timeline within a second', async ({ page, server }) => {
  const advisor = await server.signInStaff('advisor');
  const board = (await advisor.get<Board>('/api/staff/timeline/board')).body;
  const visitId = board.rows.find((r) => r.plate === '沪AD12345')!.visitId;
  await demoSignIn(page);
  await page.goto('/visit');
  const newest = page.getByTestId('timeline-event').first();
  await expect(newest).toBeVisible();

  const created = await advisor.post<StaffQuote>('/api/staff/quotes', {
    visitId,
    kind: 'standard',
    title: '追加项目',
    lines: [{ tier: 'required', title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 }],
  });
  expect(created.status).toBe(201);
  expect((await advisor.post(`/api/staff/quotes/${created.body.id}/send`, {})).status).toBe(200);
  await expect(newest).toHaveAttribute('data-kind', 'quote_sent', LIVE);
  await expect(newest).toContainText('¥1,300');

  const zhang = await server.signInCustomer();
  const r = await zhang.post<{ results: { status: string }[] }>('/api/sync/push', {
    clientId: randomUUID(),
    mutations: [
      {
        seq: 1,
        name: 'quote.decide',
        args: {
          quoteId: created.body.id,
          version: 1,
          packageChoice: 'required',
          decisions: [{ lineKey: created.body.lines[0]!.key, decision: 'approve' }],
          signature: { kind: 'typed', name: '张先生' },
        },
        at: new Date().toISOString(),
      },
    ],
  });
  expect(r.body.results[0]!.status).toBe('applied');
  await expect(newest).toHaveAttribute('data-kind', 'approved', LIVE);
  await expect(newest).toContainText('确认施工：右前轮胎更换');
  await shot(page, 'timeline-quote-approved');
});
