import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Center } from '@shared/center/center.schema.ts';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { Icon } from '../ui/icon.tsx';
import { StatusPill } from '../ui/status-pill.tsx';
import { whenText } from './booking-words.ts';
import type { BookingRow } from './booking.store.ts';

/** One booking in the list: when, what, which car, and its state in words. */
export function BookingCard(props: {
  booking: BookingRow;
  center: Center | null | undefined;
  vehicles: readonly Vehicle[];
}) {
  const t = useT();
  const service = () => props.center?.serviceTypes.find((s) => s.id === props.booking.serviceTypeId);
  const plate = () =>
    props.booking.vehicle?.plate ?? props.vehicles.find((v) => v.id === props.booking.vehicleId)?.plate ?? '';
  return (
    <A href={`/booking/${props.booking.id}`} class="card card-link booking-card" data-testid="booking-card">
      <div class="booking-card-main">
        <strong class="booking-when">{whenText(props.booking.startsAt)}</strong>
        <span>
          {props.booking.serviceName
            ? pick(props.booking.serviceName.zh, props.booking.serviceName.en)
            : service()
              ? pick(service()!.nameZh, service()!.nameEn)
              : ''}
          {plate() ? ` · ${plate()}` : ''}
        </span>
      </div>
      <div class="booking-card-state">
        <Show
          when={props.booking._pending}
          fallback={
            <span class={`booking-status booking-status-${props.booking.status}`}>
              {t(`booking.status.${props.booking.status}`)}
            </span>
          }
        >
          <StatusPill
            status="pending"
            labels={{ pending: t('sync.pendingBadge'), synced: t('sync.syncedBadge'), refused: t('sync.refusedBadge') }}
          />
        </Show>
        <Icon name="chevron" />
      </div>
    </A>
  );
}
