/**
 * Live reads of mirrored rows for screens: confirmed rows from IndexedDB with pending mutations
 * replayed on top (see optimistic.ts). Reads the outbox too, so Dexie re-runs the query when either
 * changes — in this tab or another. Each read is typed by its entity's schema (shared/sync/entity-schemas.ts).
 */
import type { Accessor } from 'solid-js';
import type { MirroredEntity } from '@shared/sync/entity-schemas.ts';
import { db, type RecordRow } from '../db/dexie.ts';
import { createLive, type Live } from '../db/live.ts';
import { OPTIMISTIC } from '../app/optimistic-effects.ts';
import { type Entry, isEntryOf, replay, type ViewRow, viewOf } from './optimistic.ts';

/** Replays the still-pending mutations over some confirmed rows of one entity. */
async function withPending(entity: MirroredEntity, rows: readonly RecordRow[]): Promise<Map<string, Entry>> {
  const pending = await db.outbox.where('status').anyOf('pending', 'sent').sortBy('seq');
  const confirmed = new Map<string, Entry>(
    rows.map((r) => [r.id, { entity: r.entity, id: r.id, scope: r.scope, data: r.data }]),
  );
  return replay(OPTIMISTIC, entity, confirmed, pending);
}

async function readEntity<E extends MirroredEntity>(entity: E, scope?: string): Promise<ViewRow<E>[]> {
  const rows: RecordRow[] =
    scope === undefined
      ? await db.records.where('entity').equals(entity).toArray()
      : await db.records.where('[entity+scope]').equals([entity, scope]).toArray();
  const out: ViewRow<E>[] = [];
  for (const r of (await withPending(entity, rows)).values())
    if (isEntryOf(r, entity) && (scope === undefined || r.scope === scope)) out.push(viewOf(r));
  return out;
}

/** One row by its key: Dexie then re-runs the query only when that row (or the outbox) changes. */
async function readOne<E extends MirroredEntity>(entity: E, id: string): Promise<ViewRow<E> | null> {
  const row = await db.records.get([entity, id]);
  const entry = (await withPending(entity, row ? [row] : [])).get(id);
  return entry && isEntryOf(entry, entity) ? viewOf(entry) : null;
}

/** All rows of an entity (optionally under one scope, e.g. a vehicle id), live. */
export function liveRecords<E extends MirroredEntity>(
  entity: E,
  scope?: Accessor<string | undefined>,
): Live<ViewRow<E>[]> {
  if (!scope) return createLive(() => readEntity(entity));
  return createLive((s: string) => readEntity(entity, s), scope);
}

/** One row of an entity by id, live. */
export function liveRecord<E extends MirroredEntity>(
  entity: E,
  id: Accessor<string | undefined>,
): Live<ViewRow<E> | null> {
  return createLive((key: string) => readOne(entity, key), id);
}

/** The only row of a singleton entity (profile, preferences, center), live. */
export function liveSingle<E extends MirroredEntity>(entity: E): Live<ViewRow<E> | null> {
  return createLive(async () => (await readEntity(entity))[0] ?? null);
}
