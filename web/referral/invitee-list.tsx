/** Each friend who came through the link and how far they got: invited → booked → visited → purchased. */
import { For, Show } from 'solid-js';
import { INVITEE_STATUSES, type Invitee, statusRank } from '@shared/referral/referral.schema.ts';
import { fmtDay } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Icon } from '../ui/icon.tsx';

export function InviteeList(props: { invitees: readonly Invitee[] }) {
  const t = useT();
  const sorted = () => [...props.invitees].sort((a, b) => b.invitedAt.localeCompare(a.invitedAt));
  return (
    <Card title={t('referral.invitees.title')} data-testid="referral-invitees">
      <Show when={sorted().length > 0} fallback={<EmptyState>{t('referral.invitees.empty')}</EmptyState>}>
        <ul class="ref-invitees">
          <For each={sorted()}>
            {(i) => (
              <li data-testid="invitee" data-status={i.status}>
                <div class="row ref-level-head">
                  <strong>{i.name}</strong>
                  <span class="pill pill-synced">{t(`referral.status.${i.status}`)}</span>
                </div>
                <Show when={i.service && i.preferredDate && i.partOfDay}>
                  <p class="muted ref-small">
                    {t('referral.invitees.booked', {
                      date: fmtDay(i.preferredDate!),
                      part: t(`referral.part.${i.partOfDay!}`),
                      service: t(`referral.service.${i.service!}`),
                    })}
                  </p>
                </Show>
                <ol class="ref-steps" aria-label={t('referral.invitees.steps')}>
                  <For each={INVITEE_STATUSES}>
                    {(s) => (
                      <li data-done={statusRank(s) <= statusRank(i.status) ? 'yes' : 'no'}>
                        <Show when={statusRank(s) <= statusRank(i.status)}>
                          <Icon name="check" size={12} />
                        </Show>
                        {t(`referral.status.${s}`)}
                      </li>
                    )}
                  </For>
                </ol>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
