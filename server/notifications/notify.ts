/**
 * notify(): put a notification in a customer's in-app notification center.
 *
 * Usage (from any feature, inside the transaction of the change it announces):
 *
 *   import { notify } from '../notifications/notify.ts';
 *   await notify(tx, {
 *     customerId,
 *     kind: 'quote_waiting',                       // shared/notifications/notification.schema.ts
 *     title: { zh: '报价待您确认', en: 'A quote is waiting for you' },
 *     body: { zh: '…', en: '…' },
 *     link: `/visits/${visitId}/quote`,            // an in-app path the notification opens
 *     at: deps.clock.now(),                        // optional: the controllable clock in tests
 *     dedupeKey: `quote:${quoteId}:v${version}`,   // optional: a second call with it is a no-op
 *   });
 *
 * It inserts the row and publishes the `notification` entity in the SAME transaction, so the device
 * shows it live right after commit (the SSE poke), or on its next pull when it was offline; a rolled
 * back change never leaves a stray notification. It also queues one delivery row per outside channel
 * (Web Push, and SMS for what must arrive); the delivery job (./deliver.ts) sends them after commit,
 * so a slow or failing push service never holds or breaks the transaction.
 */
import { and, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import type { LocalizedText, Notification, NotificationKind } from '@shared/notifications/notification.schema.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { notifyAfterCommit } from '../db/after-commit.ts';
import type { DbOrTx } from '../db/client.ts';
import { publish } from '../sync/publish.ts';
import { notifications } from './notification.table.ts';
import { channelsFor, KIND_POLICY } from '@shared/notifications/channels.ts';
import { notificationDeliveries } from './delivery.table.ts';

/** NOTIFY channel that wakes the delivery jobs when a notice with outside channels commits. */
export const DELIVERY_CHANNEL = 'pitlane_delivery';

export type NotifyInput = {
  customerId: string;
  kind: NotificationKind;
  title: LocalizedText;
  body: LocalizedText;
  /** An in-app path ("/bookings/…"), or null when there is nothing to open. */
  link: string | null;
  at?: Date;
  dedupeKey?: string;
  /** How long an outside push may wait in the push service (a reminder: until the appointment). */
  ttlSeconds?: number;
};

type Row = typeof notifications.$inferSelect;

export const notificationView = (r: Row): Notification => ({
  id: r.id,
  kind: r.kind as NotificationKind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt ? r.readAt.toISOString() : null,
  settledAt: r.settledAt ? r.settledAt.toISOString() : null,
});

/** Returns the notification, or null when one with the same dedupeKey already exists. */
export async function notify(tx: DbOrTx, input: NotifyInput): Promise<Notification | null> {
  if (input.link !== null && !/^\/(?!\/)/.test(input.link))
    throw new Error(`notify: link must be an in-app path: ${input.link}`);
  const [row] = await tx
    .insert(notifications)
    .values({
      customerId: input.customerId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link,
      dedupeKey: input.dedupeKey ?? null,
      ...(input.at ? { createdAt: input.at } : {}),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  // The outside channels, queued in the same transaction: a rolled-back change sends nothing, and
  // the unique (notification, channel) key makes each channel's delivery happen once.
  const ttlSeconds = Math.max(60, Math.round(input.ttlSeconds ?? KIND_POLICY[input.kind].ttlSeconds));
  await tx.insert(notificationDeliveries).values(
    channelsFor(input.kind).map((channel) => ({
      notificationId: row.id,
      customerId: input.customerId,
      channel,
      ttlSeconds,
      notBefore: row.createdAt,
    })),
  );
  // Wakes the delivery job of every process after commit (ids only), so a push leaves at once.
  await notifyAfterCommit(tx, DELIVERY_CHANNEL, row.id);
  const view = notificationView(row);
  await publish(tx, { customerId: input.customerId, entity: ENTITIES.notification, id: row.id, data: view });
  return view;
}

/**
 * Settles the customer's notices whose dedupe key starts with `keyPrefix` (e.g. `quote:<id>:`): they
 * stay in 消息 as read history instead of calls to act, and a push not yet sent is dropped.
 */
export async function settleNotifications(tx: DbOrTx, customerId: string, keyPrefix: string, at: Date) {
  const escaped = keyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await tx
    .update(notifications)
    .set({ settledAt: at, readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(notifications.customerId, customerId),
        like(notifications.dedupeKey, `${escaped}%`),
        isNull(notifications.settledAt),
      ),
    )
    .returning();
  for (const r of rows) {
    await publish(tx, { customerId, entity: ENTITIES.notification, id: r.id, data: notificationView(r) });
  }
  return rows.length;
}

/** Marks the customer's own notifications read (others' ids are silently ignored). */
export async function markRead(
  tx: DbOrTx,
  customerId: string,
  ids: readonly string[],
  at: Date,
): Promise<Notification[]> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(eq(notifications.customerId, customerId), inArray(notifications.id, [...ids]), isNull(notifications.readAt)),
    )
    .returning();
  const views = rows.map(notificationView);
  for (const view of views) await publish(tx, { customerId, entity: ENTITIES.notification, id: view.id, data: view });
  return views;
}
