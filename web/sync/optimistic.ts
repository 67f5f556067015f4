/**
 * Optimistic effects: how a pending mutation changes what the customer sees before the server has it.
 * Screens show the server-confirmed rows with every still-pending mutation replayed on top (docs/sync.md
 * rule 4). A refusal needs no undo code: the mutation drops out of the replay and the confirmed rows
 * show again. Each live read replays against the one entity it reads, so an effect touches only
 * what it is given: put what it needs into the mutation's args.
 */
import type { EntityRow, MirroredEntity } from '@shared/sync/entity-schemas.ts';
import { isMutationName, type MutationArgs, type MutationName } from '@shared/sync/mutations.ts';

/** A row as screens see it: the entity's row, and the seq of the pending mutation that last changed it. */
export type ViewRow<E extends MirroredEntity> = EntityRow<E> & { _pending?: number | undefined };

export type OptimisticView = {
  /** The entity this read is about; get/put/remove of any other entity are no-ops here. */
  entity: MirroredEntity;
  get: <E extends MirroredEntity>(entity: E, id: string) => ViewRow<E> | undefined;
  list: <E extends MirroredEntity>(entity: E, scope?: string) => ViewRow<E>[];
  /** Puts the row as it should show; a `_pending` mark in it is replaced by this mutation's. */
  put: <E extends MirroredEntity>(entity: E, id: string, data: EntityRow<E>, scope?: string) => void;
  remove: (entity: MirroredEntity, id: string) => void;
};

export type MutationMeta = { seq: number; at: string };
export type Effect<N extends MutationName> = (view: OptimisticView, args: MutationArgs<N>, meta: MutationMeta) => void;
/** A feature's share of the map: `export const xEffects = { ... } satisfies EffectMap`. */
export type EffectMap = { [N in MutationName]?: Effect<N> };
/** Every mutation's effect: web/app/optimistic-effects.ts composes the features' maps into one. */
export type AllEffects = { [N in MutationName]: Effect<N> };

/** A row during a replay, tagged with its entity so a read can narrow it by the name it asks for. */
export type Entry = {
  entity: MirroredEntity;
  id: string;
  scope: string;
  data: EntityRow<MirroredEntity>;
  pending?: number;
};
type Entries = {
  [E in MirroredEntity]: { entity: E; id: string; scope: string; data: EntityRow<E>; pending?: number };
};
export type EntryOf<E extends MirroredEntity> = Entries[E];
export const isEntryOf = <E extends MirroredEntity>(entry: Entry, entity: E): entry is EntryOf<E> =>
  entry.entity === entity;

/** A queued mutation as the outbox keeps it (args already validated by enqueue). */
export type PendingMutation = { seq: number; name: string; args: unknown; at: string };

/** The row a screen shows: the data with its pending mark (undefined once confirmed). */
export const viewOf = <E extends MirroredEntity>(entry: EntryOf<E>): ViewRow<E> => ({
  ...entry.data,
  _pending: entry.pending,
});

/** Replays pending mutations, in order, over the confirmed rows of one entity (keyed by id). */
export function replay(
  effects: AllEffects,
  entity: MirroredEntity,
  confirmed: Map<string, Entry>,
  pending: readonly PendingMutation[],
): Map<string, Entry> {
  const rows = new Map(confirmed);
  for (const m of pending) {
    const name = m.name;
    if (!isMutationName(name)) continue; // a name from another app version: nothing to show
    const view: OptimisticView = {
      entity,
      get: (e, id) => {
        const row = rows.get(id);
        return row && isEntryOf(row, e) ? viewOf(row) : undefined;
      },
      list: (e, scope) =>
        [...rows.values()]
          .filter((r): r is EntryOf<typeof e> => isEntryOf(r, e) && (scope === undefined || r.scope === scope))
          .map(viewOf),
      put: (e, id, data, scope) => {
        if (e === entity)
          rows.set(id, { entity: e, id, scope: scope ?? rows.get(id)?.scope ?? '', data, pending: m.seq });
      },
      remove: (e, id) => {
        if (e === entity) rows.delete(id);
      },
    };
    try {
      apply(effects, name, view, m.args, { seq: m.seq, at: m.at });
    } catch (e) {
      console.error(`optimistic effect ${m.name} failed`, e);
    }
  }
  return rows;
}

// The outbox row's args were validated against MUTATIONS[name] by enqueue before they were stored.
function apply<N extends MutationName>(
  effects: AllEffects,
  name: N,
  view: OptimisticView,
  args: unknown,
  meta: MutationMeta,
) {
  const effect: Effect<N> = effects[name];
  effect(view, args as MutationArgs<N>, meta);
}
