import { useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { Slot } from '@shared/booking/slot.schema.ts';
import type { BookingProposal } from '@shared/booking/booking.schema.ts';
import type {
  CreateBookingArgs,
  RescheduleBookingArgs,
  AcceptProposalArgs,
} from '@shared/booking/booking-args.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';
import { whenText } from './booking-words.ts';
import { type BookingRefusal, createBooking, dismiss, rescheduleBooking } from './booking.store.ts';

/**
 * A booking the server refused (the slot was taken while the customer was offline, or at the same
 * moment): says so plainly, keeps everything they entered, and offers the nearest free times
 * (from the refusal) as one-tap replacements.
 */
export function SlotTakenCard(props: { refusal: BookingRefusal; proposals: readonly BookingProposal[] }) {
  const t = useT();
  const navigate = useNavigate();
  const args = () => props.refusal.args as Partial<CreateBookingArgs & RescheduleBookingArgs & AcceptProposalArgs>;
  const proposal = () => props.proposals.find((p) => p.id === args().proposalId);
  const wanted = () => args().startsAt ?? proposal()?.suggestedStartsAt;
  const alternatives = () => props.refusal.details?.alternatives ?? [];
  const taken = () => props.refusal.reason === 'slot_taken';

  const take = async (slot: Slot) => {
    const a = args();
    if (props.refusal.name === 'booking.reschedule' && a.id) {
      await rescheduleBooking(a.id, slot.startsAt);
      await dismiss(props.refusal.seq);
      return;
    }
    // A new booking (or an accepted proposal) under the same id, at the new time.
    const p = proposal();
    const id = a.id ?? a.bookingId ?? crypto.randomUUID();
    const base = p
      ? { vehicleId: p.vehicleId, serviceTypeId: p.serviceTypeId, issues: p.note, proposalId: p.id }
      : {
          vehicleId: a.vehicleId!,
          serviceTypeId: a.serviceTypeId!,
          issues: a.issues ?? '',
          ...(a.proposalId ? { proposalId: a.proposalId } : {}),
        };
    await createBooking({ ...base, id, startsAt: slot.startsAt, reason: null });
    await dismiss(props.refusal.seq);
    navigate(`/booking/${id}`);
  };

  const chooseOther = async () => {
    const a = args();
    const p = proposal();
    const q = new URLSearchParams();
    const vehicleId = p?.vehicleId ?? a.vehicleId;
    const serviceTypeId = p?.serviceTypeId ?? a.serviceTypeId;
    if (vehicleId) q.set('vehicle', vehicleId);
    if (serviceTypeId) q.set('service', serviceTypeId);
    if (a.issues) q.set('issues', a.issues);
    await dismiss(props.refusal.seq);
    navigate(
      props.refusal.name === 'booking.reschedule' && a.id ? `/booking/${a.id}?reschedule=1` : `/booking/new?${q}`,
    );
  };

  return (
    <Card class="taken" role="alert" data-testid="slot-taken">
      <h2 class="taken-title">
        <Icon name="alert" />{' '}
        {taken() && wanted()
          ? t('booking.taken.title', { when: whenText(wanted()!) })
          : t(`errors.${props.refusal.reason ?? 'invalid'}` as 'errors.invalid')}
      </h2>
      <Show when={taken()}>
        <p>{t('booking.taken.lead')}</p>
        <Show when={alternatives().length > 0} fallback={<p class="muted">{t('booking.taken.none')}</p>}>
          <div class="taken-options">
            <For each={alternatives()}>
              {(slot) => (
                <Button variant="secondary" block data-testid="alternative" onClick={() => void take(slot)}>
                  {t('booking.taken.pick', { when: whenText(slot.startsAt) })}
                </Button>
              )}
            </For>
          </div>
        </Show>
      </Show>
      <div class="taken-actions">
        <Button variant="ghost" onClick={() => void chooseOther()}>
          {t('booking.taken.chooseOther')}
        </Button>
        <Button variant="ghost" onClick={() => void dismiss(props.refusal.seq)}>
          {t('booking.taken.dismiss')}
        </Button>
      </div>
    </Card>
  );
}
