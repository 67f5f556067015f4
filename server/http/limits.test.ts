/**
 * Item 1 of the hostile-input review: a body larger than the route allows is refused with 413 while it
 * streams (an endless body is cut off, not read into memory), and one session cannot hold more than a
 * few live streams (429 with Retry-After); the process has a cap of its own.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { JSON_BODY_MAX, streamSlots } from './limits.ts';

let s: TestServer;
let zhang: Client;
beforeAll(async () => {
  s = await startTestServer();
  zhang = await s.signInCustomer();
});
afterAll(() => s?.stop());

describe('request bodies', () => {
  it('answers 413 with the usual error body when Content-Length says too much', async () => {
    const res = await s.anon.fetch('/api/auth/code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '13800138000', pad: 'x'.repeat(JSON_BODY_MAX) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'too_large', message: expect.stringContaining('kB') });
  });

  it('cuts off a streamed (chunked) body once it passes the limit, without reading the rest', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 200 * 1024 * 1024) return controller.close(); // 200 MB if nobody stops us
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${s.url}/api/auth/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it('a client on a slow uplink sending a too-large body reads the 413, not a reset', async () => {
    // The body trickles in for 2 s (64 kB every 100 ms, a phone on a weak signal) and the client reads
    // nothing until it has sent it all. A server that answers and closes while bytes are still coming
    // makes the kernel send a reset, which throws away the answer waiting to be read.
    const { port } = new URL(s.url);
    const chunk = 64 * 1024;
    const chunks = 20;
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let text = '';
      socket.pause();
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('error', (e) => resolve(`error ${e.message}`));
      socket.on('end', () => resolve(text));
      socket.write(
        `POST /api/auth/code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${chunk * chunks}\r\n\r\n`,
      );
      let sent = 0;
      const timer = setInterval(() => {
        if (socket.destroyed) return clearInterval(timer);
        socket.write(Buffer.alloc(chunk, 'x'));
        if (++sent < chunks) return;
        clearInterval(timer);
        socket.resume();
      }, 100);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413[\s\S]*too_large/);
  });

  it('lets a normal body and a large sync push through', async () => {
    const r = await zhang.post('/api/sync/push', {
      clientId: crypto.randomUUID(),
      mutations: [{ seq: 1, name: 'preferences.set', args: { language: 'en' }, at: new Date().toISOString() }],
    });
    expect(r.status).toBe(200);
  });
});

describe('live streams', () => {
  it('a session holds at most 4 at once: the fifth is 429 with Retry-After, and a closed one frees a place', async () => {
    const open: AbortController[] = [];
    const openOne = async () => {
      const ac = new AbortController();
      const res = await zhang.fetch('/api/sync/stream', { signal: ac.signal });
      if (res.status === 200) open.push(ac);
      else await res.body?.cancel();
      return res;
    };
    for (let i = 0; i < 4; i++) expect((await openOne()).status).toBe(200);
    const fifth = await openOne();
    expect(fifth.status).toBe(429);
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another session of the same customer (another phone) has its own share.
    const other = await s.signInCustomer();
    const res = await other.fetch('/api/sync/stream');
    expect(res.status).toBe(200);
    await res.body?.cancel();
    open.shift()!.abort();
    let again: Response | undefined;
    for (let i = 0; i < 50; i++) {
      again = await openOne();
      if (again.status === 200) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(again?.status).toBe(200);
    for (const ac of open) ac.abort();
  });

  it('the process cap holds across sessions, and a release is counted once', () => {
    const slots = streamSlots(2, 3);
    const a1 = slots.take('a')!;
    slots.take('a');
    expect(slots.take('a')).toBeNull();
    slots.take('b');
    expect(slots.take('c')).toBeNull();
    a1();
    a1();
    expect(slots.open()).toBe(2);
    expect(slots.take('c')).not.toBeNull();
  });
});
