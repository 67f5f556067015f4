/**
 * The gate between the wire and the mirror: a changed row is kept only if it passes its entity's
 * schema (shared/sync/entity-schemas.ts), so every row the device reads back is the type it claims.
 * A row that fails (a server bug, or an entity this app version does not know) is skipped and
 * logged, never cast: the screen keeps the previous row rather than break on a malformed one.
 */
import * as v from 'valibot';
import { ENTITY_SCHEMAS, isMirroredEntity } from '@shared/sync/entity-schemas.ts';
import type { Change } from '@shared/sync/sync.schema.ts';
import type { RecordRow } from '../db/dexie.ts';

export function mirrorRow(c: Change): RecordRow | null {
  if (!isMirroredEntity(c.entity)) {
    console.warn(`sync: skipped a row of unknown entity ${c.entity} (seq ${c.seq})`);
    return null;
  }
  const parsed = v.safeParse(ENTITY_SCHEMAS[c.entity], c.data);
  if (!parsed.success) {
    const where = parsed.issues.map((i) => `${v.getDotPath(i) ?? '(row)'}: ${i.message}`).join('; ');
    console.error(`sync: skipped a ${c.entity} row that fails its schema (seq ${c.seq}): ${where}`);
    return null;
  }
  return { entity: c.entity, id: c.id, scope: c.scope, data: parsed.output, seq: c.seq };
}
