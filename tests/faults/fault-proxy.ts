/**
 * A small TCP proxy in front of the server that misbehaves like a phone network: per connection it
 * passes, delays, cuts the connection before the request reaches the server, or forwards the request
 * and drops the response (so the server commits and the client never hears). Decisions come from a
 * seeded generator, so a failing run replays from its seed.
 */
import { createServer, type Server, type Socket, connect } from 'node:net';

export type FaultMix = { cutBefore: number; dropResponse: number; cutMidResponse: number; delayMs: number };
export type ProxyStats = { connections: number; cutBefore: number; dropResponse: number; cutMidResponse: number };

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FaultProxy = { port: number; url: string; stats: ProxyStats; close: () => Promise<void> };

export async function startFaultProxy(targetPort: number, seed: number, mix: FaultMix): Promise<FaultProxy> {
  const random = rng(seed);
  const stats: ProxyStats = { connections: 0, cutBefore: 0, dropResponse: 0, cutMidResponse: 0 };
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    stats.connections++;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    const roll = random();
    const delay = Math.floor(random() * mix.delayMs);
    if (roll < mix.cutBefore) {
      stats.cutBefore++;
      // Read a little of the request, then hang up: the server never sees a whole request.
      client.once('data', () => client.destroy());
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    const drop = roll < mix.cutBefore + mix.dropResponse;
    const cutMid = !drop && roll < mix.cutBefore + mix.dropResponse + mix.cutMidResponse;
    if (drop) stats.dropResponse++;
    if (cutMid) stats.cutMidResponse++;
    client.on('data', (chunk) => {
      setTimeout(() => upstream.write(chunk), delay);
    });
    let seen = 0;
    upstream.on('data', (chunk) => {
      if (drop) {
        // The server has answered (its work is committed); the client hears nothing and is cut.
        client.destroy();
        return;
      }
      seen += chunk.length;
      if (cutMid && seen > 20) {
        client.write(chunk.subarray(0, Math.max(1, Math.floor(chunk.length / 2))));
        client.destroy();
        return;
      }
      client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    stats,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
