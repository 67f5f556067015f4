/**
 * Web Push leaves the system only through PushService. The real one encrypts with the subscription's
 * keys and signs with our VAPID key (both done by the `web-push` library's generateRequestDetails)
 * and POSTs to the subscription's endpoint, which the browser's push service owns. Tests point
 * subscriptions at a local push service that decrypts what arrives.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webpush from 'web-push';
import type { PushUrgency } from '@shared/notifications/channels.ts';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushOptions = { ttlSeconds: number; urgency: PushUrgency; topic?: string };
/** 'gone': the push service says the subscription no longer exists (404/410): remove it. */
export type PushOutcome = { kind: 'sent' } | { kind: 'gone' } | { kind: 'failed'; status: number; reason: string };

export interface PushService {
  readonly publicKey: string;
  send(target: PushTarget, payload: string, options: PushOptions): Promise<PushOutcome>;
}

export type VapidKeys = { publicKey: string; privateKey: string };

/** VAPID keys kept in the data folder (like the secret), so subscriptions survive restarts. */
export function loadVapidKeys(dataDir: string): VapidKeys {
  const file = join(resolve(dataDir), 'vapid.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as VapidKeys;
  mkdirSync(resolve(dataDir), { recursive: true });
  const keys = webpush.generateVAPIDKeys();
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

const SEND_TIMEOUT_MS = 10_000;

export function webPushService(keys: VapidKeys, subject: string): PushService {
  return {
    publicKey: keys.publicKey,
    async send(target, payload, options) {
      const details = webpush.generateRequestDetails(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        payload,
        {
          vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: options.ttlSeconds,
          urgency: options.urgency,
          ...(options.topic ? { topic: options.topic } : {}),
          contentEncoding: 'aes128gcm',
        },
      );
      let res: Response;
      try {
        res = await fetch(details.endpoint, {
          method: details.method,
          headers: details.headers as Record<string, string>,
          body: details.body ? new Uint8Array(details.body) : null,
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
      } catch (e) {
        return { kind: 'failed', status: 0, reason: (e as Error).name };
      }
      await res.arrayBuffer().catch(() => undefined);
      if (res.status === 404 || res.status === 410) return { kind: 'gone' };
      if (res.status >= 200 && res.status < 300) return { kind: 'sent' };
      return { kind: 'failed', status: res.status, reason: `push service answered ${res.status}` };
    },
  };
}
