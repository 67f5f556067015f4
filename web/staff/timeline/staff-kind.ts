import type { EventKind, VisitStatus } from '@shared/timeline/timeline.schema.ts';
import type { useT } from '../../i18n/i18n.ts';

type T = ReturnType<typeof useT>;

/** A step as staff name it: the customer's words except where those speak to the customer (您已确认). */
export const staffKindLabel = (t: T, kind: EventKind) =>
  kind === 'approved' ? t('timeline.kindApprovedStaff') : t(`timeline.kind.${kind}` as 'timeline.kind.update');

/** Where a visit stands: its last step while in the workshop, else ready / delivered. */
export const staffVisitState = (t: T, status: VisitStatus, lastEventKind: EventKind | null) =>
  staffKindLabel(
    t,
    status === 'in_progress' ? (lastEventKind ?? 'checked_in') : status === 'ready' ? 'ready_for_pickup' : 'delivered',
  );
