import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import {
  PullQuerySchema,
  PullResponseSchema,
  type PushRequest,
  PushRequestSchema,
  PushResponseSchema,
} from '@shared/sync/sync.schema.ts';
import { requireCustomer } from '../auth/auth.middleware.ts';
import { doc, ErrorBodySchema } from '../http/doc.ts';
import { AppError } from '../http/errors.ts';
import type { AppEnv } from '../http/context.ts';
import { body, jsonOf, query } from '../http/validate.ts';
import { liveStreamSlots, STREAM_RETRY_AFTER_S } from '../http/limits.ts';
import { pull } from './pull.service.ts';
import { push } from './push.service.ts';

const HEARTBEAT_MS = 20_000;
/**
 * When this process shuts down, its streams end with a short, spread-out `retry:` so thousands of
 * clients come back over a second (through the load balancer, to a process that is up), not at once.
 */
const shutdownRetryMs = () => 250 + Math.floor(Math.random() * 1000);

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
    // Args are checked per mutation (runMutator), so an unstorable one is refused alone.
    body(PushRequestSchema, (b) => ({
      ...(b as PushRequest),
      mutations: (b as PushRequest).mutations.map(({ args: _, ...m }) => m),
    })),
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
      const release = liveStreamSlots.take(c.var.session?.sessionId ?? customerId);
      if (!release)
        throw new AppError('rate_limited', 'Too many live streams are open; close one or try again later.', {
          retryAfterSeconds: STREAM_RETRY_AFTER_S,
        });
      return streamSSE(c, async (stream) => {
        let open = true;
        let closing = false;
        const queue: number[] = [];
        let wake: (() => void) | null = null;
        const unsubscribe = c.var.deps.live.subscribe(
          customerId,
          (seq) => {
            queue.push(seq);
            wake?.();
          },
          () => {
            closing = true;
            wake?.();
          },
        );
        stream.onAbort(() => {
          open = false;
          release();
          wake?.();
        });
        await stream.write('retry: 3000\n\n');
        // A reconnect carries the last event id: say at once that there may be more to pull.
        const last = c.req.header('last-event-id');
        await stream.writeSSE({
          event: 'hello',
          data: JSON.stringify({ resumeFrom: last ? Number(last) || 0 : null }),
        });
        while (open && !closing) {
          if (queue.length === 0) {
            let timer: ReturnType<typeof setTimeout> | undefined;
            await new Promise<void>((resolve) => {
              wake = resolve;
              timer = setTimeout(resolve, HEARTBEAT_MS);
            });
            clearTimeout(timer);
            wake = null;
            if (!open || closing) break;
            if (queue.length === 0) {
              await stream.write(': heartbeat\n\n');
              continue;
            }
          }
          const seq = Math.max(...queue.splice(0));
          await stream.writeSSE({ event: 'change', id: String(seq), data: JSON.stringify({ seq }) });
        }
        if (open && closing) {
          // Pokes that came in together with the shutdown still go out, then the goodbye.
          if (queue.length) {
            const seq = Math.max(...queue.splice(0));
            await stream.writeSSE({ event: 'change', id: String(seq), data: JSON.stringify({ seq }) });
          }
          await stream.write(`retry: ${shutdownRetryMs()}\n\n`);
        }
        unsubscribe();
        release();
      });
    },
  );
