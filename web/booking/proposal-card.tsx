import { Match, Switch } from 'solid-js';
import type { BookingProposal } from '@shared/booking/booking.schema.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { textShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { whenText } from './booking-words.ts';
import { acceptProposal, declineProposal } from './booking.store.ts';

/** A next visit the advisor proposed: one tap books it, or the customer declines. */
export function ProposalCard(props: { proposal: BookingProposal & { _pending?: number }; highlight?: boolean }) {
  const t = useT();
  const p = () => props.proposal;
  return (
    <Card
      class={`proposal ${props.highlight ? 'proposal-highlight' : ''}`}
      data-testid="proposal"
      id={`proposal-${p().id}`}
    >
      <p class="muted proposal-by">{t('booking.proposal.by', { name: p().proposedBy })}</p>
      <h3 class="proposal-title">
        {pick(p().serviceName.zh, p().serviceName.en)} · {p().vehicle.plate}
      </h3>
      <p>{t('booking.proposal.when', { when: whenText(p().suggestedStartsAt) })}</p>
      <Said as="p" class="muted" shown={textShown(p().note, p().noteEn)} />
      <Switch>
        <Match when={p()._pending}>
          <p class="pill pill-pending">{t('booking.proposal.waiting')}</p>
        </Match>
        <Match when={p().status === 'open'}>
          <div class="proposal-actions">
            <Button
              data-testid="accept-proposal"
              onClick={() => void acceptProposal({ proposalId: p().id, bookingId: crypto.randomUUID() })}
            >
              {t('booking.proposal.accept')}
            </Button>
            <Button variant="ghost" onClick={() => void declineProposal(p().id)}>
              {t('booking.proposal.decline')}
            </Button>
          </div>
        </Match>
        <Match when={p().status === 'accepted'}>
          <p class="pill pill-synced">{t('booking.proposal.accepted')}</p>
        </Match>
        <Match when={p().status === 'declined'}>
          <p class="muted">{t('booking.proposal.declined')}</p>
        </Match>
      </Switch>
    </Card>
  );
}
