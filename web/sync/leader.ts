/**
 * One tab per browser profile owns the network: it holds the Web Lock 'pitlane-sync' for its whole
 * life, and the next tab waiting for the lock takes over when it closes. Other tabs only write to
 * IndexedDB and poke the leader over a BroadcastChannel. Without the Web Locks API every tab syncs:
 * the server's exactly-once receipts keep that correct, only with more requests.
 */
const CHANNEL = 'pitlane-sync';
let channel: BroadcastChannel | null = null;
const listeners = new Set<() => void>();

function getChannel() {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    // Outside a page (Node tests) an open channel must not keep the process alive.
    (channel as unknown as { unref?: () => void }).unref?.();
    channel.onmessage = () => {
      for (const l of listeners) l();
    };
  }
  return channel;
}

/** Tell the leader (in any tab, this one included) that there is something to push. */
export function pokeLeader() {
  getChannel()?.postMessage('poke');
  for (const l of listeners) l();
}

export function onPoke(listener: () => void) {
  getChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs `lead` while this tab is the leader; resolves never (the lock is held until the tab closes). */
export function becomeLeader(lead: () => void) {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    void navigator.locks.request(CHANNEL, () => {
      lead();
      return new Promise<void>(() => {});
    });
  } else {
    lead();
  }
}
