/**
 * Live-latency measurement for the bench: plain HTTP SSE readers (the framing parsed by hand, so the
 * readers cost little beside the servers they measure) and a loop that fires a change and waits until
 * every open stream received its notice.
 */
import { request as httpRequest } from 'node:http';
import { STREAMS_PER_SESSION } from '../../server/http/limits.ts';

/**
 * Cookies for `streams` streams of one customer: the server holds at most STREAMS_PER_SESSION per
 * session (a phone's stream and a few tabs), so the bench signs in as many sessions as that takes.
 * Returns the cookie for the i-th stream.
 */
export async function streamCookies(streams: number, signIn: () => Promise<string>) {
  const cookies: string[] = [];
  for (let i = 0; i < Math.ceil(streams / STREAMS_PER_SESSION); i++) cookies.push(await signIn());
  return (i: number) => cookies[Math.floor(i / STREAMS_PER_SESSION) % cookies.length]!;
}

export type Stream = { close: () => void };

/** Opens an SSE stream and calls `onEvent` for each event; resolves once the first event arrived. */
export function openStream(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: string) => void,
): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`${url} answered ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      let opened = false;
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: ?(.*)$/m.exec(block)?.[1];
          if (!event) continue;
          if (!opened) {
            opened = true;
            resolve({ close: () => req.destroy() });
          } else onEvent(event);
        }
      });
    });
    req.on('error', (e) => {
      if (!req.destroyed) reject(e);
    });
    req.end();
  });
}

/**
 * Opens `count` streams, then `samples` times: fires `send` and waits until every stream got its next
 * event; returns the latency of each delivered event, measured from just before the send.
 */
export async function measure(
  count: number,
  samples: number,
  open: (onEvent: () => void) => Promise<Stream>,
  send: (i: number) => Promise<void>,
): Promise<number[]> {
  let started = 0;
  let waiting = 0;
  let allIn: (() => void) | null = null;
  const latencies: number[] = [];
  const onEvent = () => {
    if (!allIn) return; // a late or stray notice between samples
    latencies.push(performance.now() - started);
    if (--waiting === 0) allIn();
  };
  const streams: Stream[] = [];
  for (let i = 0; i < count; i += 50) {
    streams.push(...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => open(onEvent)))));
  }
  try {
    for (let i = 0; i < samples + 2; i++) {
      const delivered = new Promise<void>((r) => {
        allIn = r;
      });
      waiting = count;
      const before = latencies.length;
      started = performance.now();
      await send(i);
      await Promise.race([
        delivered,
        new Promise((_, fail) =>
          setTimeout(() => fail(new Error(`sample ${i}: ${waiting} streams got nothing`)), 30_000),
        ),
      ]);
      allIn = null;
      if (i < 2) latencies.length = before; // two warm-up rounds
    }
  } finally {
    for (const s of streams) s.close();
  }
  return latencies;
}
