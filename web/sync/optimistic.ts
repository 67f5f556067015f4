/**
 * Optimistic effects: how a pending mutation changes what the customer sees before the server has it.
 * Screens show the server-confirmed rows with every still-pending mutation replayed on top (SYNC.md
 * rule 4). A refusal needs no undo code: the mutation drops out of the replay and the confirmed rows
 * show again. Each live read replays against the one entity it reads, so an effect touches only
 * what it is given: put what it needs into the mutation's args.
 */
export type ViewRow = Record<string, unknown> & { _pending?: number };

export type OptimisticView = {
  /** The entity this read is about; get/put/remove of any other entity are no-ops here. */
  entity: string;
  get: (entity: string, id: string) => ViewRow | undefined;
  list: (entity: string, scope?: string) => ViewRow[];
  put: (entity: string, id: string, data: Record<string, unknown>, scope?: string) => void;
  remove: (entity: string, id: string) => void;
};

export type MutationMeta = { seq: number; at: string };
export type OptimisticEffect = (view: OptimisticView, args: never, meta: MutationMeta) => void;

const effects = new Map<string, (view: OptimisticView, args: unknown, meta: MutationMeta) => void>();

export function registerOptimistic<A>(
  name: string,
  effect: (view: OptimisticView, args: A, meta: MutationMeta) => void,
) {
  effects.set(name, effect as (view: OptimisticView, args: unknown, meta: MutationMeta) => void);
}

export type Entry = { id: string; scope: string; data: ViewRow };

/** Replays pending mutations, in order, over the confirmed rows of one entity. */
export function replay(
  entity: string,
  confirmed: Map<string, Entry>,
  pending: readonly { seq: number; name: string; args: unknown; at: string }[],
): Map<string, Entry> {
  const rows = new Map(confirmed);
  for (const m of pending) {
    const effect = effects.get(m.name);
    if (!effect) continue;
    const view: OptimisticView = {
      entity,
      get: (e, id) => (e === entity ? rows.get(id)?.data : undefined),
      list: (e, scope) =>
        e === entity
          ? [...rows.values()].filter((r) => scope === undefined || r.scope === scope).map((r) => r.data)
          : [],
      put: (e, id, data, scope) => {
        if (e !== entity) return;
        rows.set(id, { id, scope: scope ?? rows.get(id)?.scope ?? '', data: { ...data, _pending: m.seq } });
      },
      remove: (e, id) => {
        if (e === entity) rows.delete(id);
      },
    };
    try {
      effect(view, m.args, { seq: m.seq, at: m.at });
    } catch (e) {
      console.error(`optimistic effect ${m.name} failed`, e);
    }
  }
  return rows;
}
