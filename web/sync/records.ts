/**
 * Live reads of mirrored rows for screens: confirmed rows from IndexedDB with pending mutations
 * replayed on top (see optimistic.ts). Reads the outbox too, so Dexie re-runs the query when either
 * changes — in this tab or another.
 */
import type { Accessor } from 'solid-js';
import { db, type RecordRow } from '../db/dexie.ts';
import { createLive, type Live } from '../db/live.ts';
import { type Entry, replay, type ViewRow } from './optimistic.ts';

/** Replays the still-pending mutations over some confirmed rows of one entity. */
async function withPending(entity: string, rows: readonly RecordRow[]): Promise<Map<string, Entry>> {
  const pending = await db.outbox.where('status').anyOf('pending', 'sent').sortBy('seq');
  const confirmed = new Map<string, Entry>(
    rows.map((r) => [r.id, { id: r.id, scope: r.scope, data: r.data as ViewRow }]),
  );
  return replay(entity, confirmed, pending);
}

async function readEntity(entity: string, scope?: string): Promise<Entry[]> {
  const rows: RecordRow[] =
    scope === undefined
      ? await db.records.where('entity').equals(entity).toArray()
      : await db.records.where('[entity+scope]').equals([entity, scope]).toArray();
  const merged = await withPending(entity, rows);
  return [...merged.values()].filter((r) => scope === undefined || r.scope === scope);
}

/** One row by its key: Dexie then re-runs the query only when that row (or the outbox) changes. */
async function readOne(entity: string, id: string): Promise<Entry | undefined> {
  const row = await db.records.get([entity, id]);
  return (await withPending(entity, row ? [row] : [])).get(id);
}

/** All rows of an entity (optionally under one scope, e.g. a vehicle id), live. */
export function liveRecords<T>(
  entity: string,
  scope?: Accessor<string | undefined>,
): Live<(T & { _pending?: number })[]> {
  if (!scope) return createLive(async () => (await readEntity(entity)).map((r) => r.data as T & { _pending?: number }));
  return createLive(
    async (s: string) => (await readEntity(entity, s)).map((r) => r.data as T & { _pending?: number }),
    scope,
  );
}

/** One row of an entity by id, live. */
export function liveRecord<T>(
  entity: string,
  id: Accessor<string | undefined>,
): Live<(T & { _pending?: number }) | null> {
  return createLive(
    async (key: string) => ((await readOne(entity, key))?.data as (T & { _pending?: number }) | undefined) ?? null,
    id,
  );
}

/** The only row of a singleton entity (profile, preferences, center), live. */
export function liveSingle<T>(entity: string): Live<(T & { _pending?: number }) | null> {
  return createLive(
    async () => ((await readEntity(entity))[0]?.data as (T & { _pending?: number }) | undefined) ?? null,
  );
}
