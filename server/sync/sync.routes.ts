import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import {
  PullQuerySchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
} from '@shared/sync/sync.schema.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import { doc, ErrorBodySchema } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { body, jsonOf, query } from '../http/validate.ts';
import { pull } from './pull.service.ts';
import { push } from './push.service.ts';

const HEARTBEAT_MS = 20_000;

export const syncRoutes = new Hono<AppEnv>()
  .use(requireCustomer)
  .post(
    '/push',
    doc({
      summary: 'Deliver a batch of queued mutations (exactly once)',
      tags: ['sync'],
      response: PushResponseSchema,
      access: 'customer',
    }),
    body(PushRequestSchema),
    async (c) => {
      const r = await push(c.var.db, c.var.deps, c.var.customerId, c.req.valid('json'), c.req.header('user-agent'));
      if (!r.ok) throw AppError.from(r);
      return c.json(r.value);
    },
  )
  .get(
    '/pull',
    doc({ summary: 'Changes since a cursor', tags: ['sync'], response: PullResponseSchema, access: 'customer' }),
    query(PullQuerySchema),
    async (c) => {
      const { since, clientId } = c.req.valid('query');
      return c.json(await pull(c.var.db, c.var.customerId, since, clientId));
    },
  )
  .get(
    '/stream',
    describeRoute({
      summary: 'Live stream of change pokes (text/event-stream; each event id is the change seq)',
      tags: ['sync'],
      security: [{ cookie: [] }],
      responses: {
        200: {
          description: 'SSE: `event: change`, `data: {"seq":N}`',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
        401: { description: 'Not signed in', content: jsonOf(ErrorBodySchema) },
      },
    }),
    query(v.object({})),
    (c) => {
      const customerId = c.var.customerId;
      return streamSSE(c, async (stream) => {
        let open = true;
        const queue: number[] = [];
        let wake: (() => void) | null = null;
        const unsubscribe = c.var.deps.live.subscribe(customerId, (seq) => {
          queue.push(seq);
          wake?.();
        });
        stream.onAbort(() => {
          open = false;
          wake?.();
        });
        await stream.write('retry: 3000\n\n');
        // A reconnect carries the last event id: say at once that there may be more to pull.
        const last = c.req.header('last-event-id');
        await stream.writeSSE({
          event: 'hello',
          data: JSON.stringify({ resumeFrom: last ? Number(last) || 0 : null }),
        });
        while (open) {
          if (queue.length === 0) {
            let timer: ReturnType<typeof setTimeout> | undefined;
            await new Promise<void>((resolve) => {
              wake = resolve;
              timer = setTimeout(resolve, HEARTBEAT_MS);
            });
            clearTimeout(timer);
            wake = null;
            if (!open) break;
            if (queue.length === 0) {
              await stream.write(': heartbeat\n\n');
              continue;
            }
          }
          const seq = Math.max(...queue.splice(0));
          await stream.writeSSE({ event: 'change', id: String(seq), data: JSON.stringify({ seq }) });
        }
        unsubscribe();
      });
    },
  );
