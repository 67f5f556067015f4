/**
 * Web Push on this device: whether it can work here, and turning it on or off. iOS delivers push
 * only to an app added to the Home Screen; in mainland China Chrome's push service is unreachable,
 * so subscribe() fails outright — then notices that must arrive come by text message instead.
 */
import { call, client } from '../sync/client.ts';

export type PushState = 'on' | 'off' | 'unsupported' | 'ios_home_screen' | 'denied';

const isIos = () => /iPhone|iPad|iPod/.test(navigator.userAgent);
const standalone = () =>
  window.matchMedia?.('(display-mode: standalone)').matches ||
  (navigator as { standalone?: boolean }).standalone === true;

async function registration() {
  if (!('serviceWorker' in navigator)) return null;
  return (await navigator.serviceWorker.getRegistration()) ?? null;
}

export async function pushState(): Promise<PushState> {
  if (isIos() && !standalone()) return 'ios_home_screen';
  if (!('PushManager' in window) || !('Notification' in window)) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const reg = await registration();
  if (!reg) return 'unsupported';
  return (await reg.pushManager.getSubscription()) ? 'on' : 'off';
}

const toKey = (base64url: string) => {
  const raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(raw, (ch) => ch.charCodeAt(0));
};

/** Asks for permission and subscribes; 'failed' when the browser's push service cannot be reached. */
export async function enablePush(): Promise<PushState | 'failed'> {
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  const reg = await registration();
  if (!reg) return 'unsupported';
  try {
    const { publicKey } = await call(client.push.key.$get());
    const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: toKey(publicKey) });
    const json = sub.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
    await call(client.push.subscriptions.$post({ json: { endpoint: json.endpoint, keys: json.keys } }));
    return 'on';
  } catch {
    return 'failed';
  }
}

export async function disablePush(): Promise<PushState> {
  const sub = await (await registration())?.pushManager.getSubscription();
  if (sub) {
    await call(client.push.subscriptions.remove.$post({ json: { endpoint: sub.endpoint } })).catch(() => undefined);
    await sub.unsubscribe();
  }
  return 'off';
}
