/**
 * A local push service for tests: it hands out subscriptions (a P-256 key pair and an auth secret
 * per device, as a browser makes them), receives the server's Web Push requests on a local port,
 * checks the VAPID signature and decrypts the aes128gcm body (RFC 8291 / RFC 8188), so a test reads
 * exactly what a browser's service worker would receive. `gone` makes an endpoint answer 410.
 */
import { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';

export type ReceivedPush = {
  device: string;
  payload: unknown;
  ttl: number;
  urgency: string | null;
  audience: string;
  at: number;
};

type Device = { ecdh: ReturnType<typeof createECDH>; publicKey: Buffer; auth: Buffer };

const b64u = (b: Buffer) => b.toString('base64url');

function decrypt(body: Buffer, d: Device): string {
  const salt = body.subarray(0, 16);
  const idLen = body[20]!;
  const senderKey = body.subarray(21, 21 + idLen);
  const cipher = body.subarray(21 + idLen);
  const shared = d.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), d.publicKey, senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, d.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(cipher.subarray(cipher.length - 16));
  const plain = Buffer.concat([decipher.update(cipher.subarray(0, cipher.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02 and optional zero padding.
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end--;
  return plain.subarray(0, end).toString('utf8');
}

/** Verifies `vapid t=<jwt>, k=<key>` and returns the JWT's audience. */
function checkVapid(header: string | undefined): string {
  const m = /^vapid t=([^,]+),\s*k=(.+)$/.exec(header ?? '');
  if (!m) throw new Error('no VAPID authorization');
  const [h, p, sig] = m[1]!.split('.');
  const key = Buffer.from(m[2]!, 'base64url');
  const jwk = { kty: 'EC', crv: 'P-256', x: b64u(key.subarray(1, 33)), y: b64u(key.subarray(33, 65)) };
  const ok = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(sig!, 'base64url'),
  );
  if (!ok) throw new Error('bad VAPID signature');
  return (JSON.parse(Buffer.from(p!, 'base64url').toString()) as { aud: string }).aud;
}

const read = (req: IncomingMessage) =>
  new Promise<Buffer>((done) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => done(Buffer.concat(parts)));
  });

export async function startPushReceiver() {
  const devices = new Map<string, Device>();
  const gone = new Set<string>();
  const received: ReceivedPush[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer(async (req, res) => {
    const device = decodeURIComponent((req.url ?? '').replace(/^\/push\//, ''));
    const body = await read(req);
    const d = devices.get(device);
    if (!d || gone.has(device)) {
      res.writeHead(410).end();
      return;
    }
    try {
      const audience = checkVapid(req.headers.authorization);
      if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
      received.push({
        device,
        payload: JSON.parse(decrypt(body, d)),
        ttl: Number(req.headers.ttl),
        urgency: (req.headers.urgency as string | undefined) ?? null,
        audience,
        at: Date.now(),
      });
      for (const w of waiters.splice(0)) w();
      res.writeHead(201).end();
    } catch (e) {
      res.writeHead(400).end((e as Error).message);
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    received,
    /** A new device's subscription, in the shape PushSubscription.toJSON() gives. */
    subscribe(device: string) {
      const ecdh = createECDH('prime256v1');
      const publicKey = ecdh.generateKeys();
      const auth = randomBytes(16);
      devices.set(device, { ecdh, publicKey, auth });
      return {
        endpoint: `http://127.0.0.1:${port}/push/${encodeURIComponent(device)}`,
        keys: { p256dh: b64u(publicKey), auth: b64u(auth) },
      };
    },
    /** From now on this device's endpoint answers 410 Gone, as for an unsubscribed browser. */
    expire: (device: string) => void gone.add(device),
    /** Resolves when `n` pushes in total have arrived. */
    async waitFor(n: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} pushes, got ${received.length}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return received;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
