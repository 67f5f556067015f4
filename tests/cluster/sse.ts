/**
 * A live-stream reader for the cluster tests, behaving as EventSource does: it parses the SSE framing,
 * remembers the last event id, honours the server's `retry:` hint, and (with `reconnect`) opens the
 * stream again after it ends or fails, sending Last-Event-ID. Every event is kept with its arrival time
 * and the connection number it came on.
 */
import { request } from 'node:http';

export type SseEvent = { event: string; id: string | null; data: string; at: number; connection: number };

export type LiveStream = {
  events: SseEvent[];
  /** Resolves with the first event named `event` that arrives after index `from` of `events`. */
  next: (event: string, from?: number, timeoutMs?: number) => Promise<SseEvent | null>;
  connections: () => number;
  /** How each connection ended: 'end' (the server closed it cleanly) or 'error' (cut). */
  endings: ('end' | 'error')[];
  /** Per connection answered 200: its X-Pitlane-Upstream header (tests behind nginx). */
  upstreams: string[];
  retryMs: () => number;
  close: () => void;
};

export function openLiveStream(base: string, cookie: string, options: { reconnect?: boolean } = {}): LiveStream {
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  let lastId: string | null = null;
  let retry = 3000;
  let connections = 0;
  let closed = false;
  let current: ReturnType<typeof request> | null = null;
  const endings: ('end' | 'error')[] = [];
  const upstreams: string[] = [];
  const again = () => {
    if (!closed && options.reconnect) setTimeout(connect, retry);
  };
  const connect = () => {
    if (closed) return;
    const n = ++connections;
    const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
    if (lastId) headers['last-event-id'] = lastId;
    let ended = false;
    const end = (how: 'end' | 'error') => {
      if (ended) return;
      ended = true;
      endings.push(how);
      again();
    };
    current = request(`${base}/api/sync/stream`, { headers, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        res.on('end', () => end('error'));
        return;
      }
      upstreams.push(String(res.headers['x-pitlane-upstream'] ?? ''));
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const field = (name: string) => new RegExp(`^${name}: ?(.*)$`, 'm').exec(block)?.[1];
          const r = field('retry');
          if (r && /^\d+$/.test(r)) retry = Number(r);
          const event = field('event');
          if (!event) continue;
          const id = field('id') ?? null;
          if (id) lastId = id;
          events.push({ event, id, data: field('data') ?? '', at: performance.now(), connection: n });
          for (const w of waiters) w();
        }
      });
      res.on('end', () => end('end'));
      res.on('error', () => end('error'));
      res.on('aborted', () => end('error'));
    });
    current.on('error', () => end('error'));
    current.end();
  };
  connect();
  return {
    events,
    next: (event, from = events.length, timeoutMs = 10_000) =>
      new Promise((resolve) => {
        const check = () => {
          const hit = events.slice(from).find((e) => e.event === event);
          if (!hit) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(null);
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    connections: () => connections,
    endings,
    upstreams,
    retryMs: () => retry,
    close: () => {
      closed = true;
      current?.destroy();
    },
  };
}
