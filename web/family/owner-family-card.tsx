/**
 * The owner's "家人共享" card on the vehicle screen: members with "停止共享", pending invitations with
 * "取消邀请", and the invitation form. Read from the API (the owner's family is not mirrored), so it
 * needs a connection; without one it says so in words.
 */
import { createResource, For, Show } from 'solid-js';
import { FAMILY_MAX_MEMBERS, type VehicleFamily } from '@shared/family/family.schema.ts';
import { fmtDate, fmtDateTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../sync/api.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { cancelInvitation, revokeMember, vehicleFamily } from './family.api.ts';
import { scopeWords } from './family.store.ts';
import { InviteForm } from './invite-form.tsx';

export function OwnerFamilyCard(props: { vehicleId: string }) {
  const t = useT();
  const [family, { refetch }] = createResource(
    () => props.vehicleId,
    (id) =>
      vehicleFamily(id)
        .then((fam) => {
          // The last answer, so the screen reads the same offline (the owner's family is not mirrored).
          localStorage.setItem(`family.${id}`, JSON.stringify(fam));
          return fam;
        })
        .catch((e: unknown) => {
          if (e instanceof ApiError && e.code === 'not_found') return null;
          const last = localStorage.getItem(`family.${id}`);
          return last ? (JSON.parse(last) as VehicleFamily) : Promise.reject(e);
        }),
  );
  async function revoke(id: string, name: string) {
    if (!window.confirm(t('family.revokeConfirm', { name }))) return;
    await revokeMember(id).catch(() => undefined);
    await refetch();
  }
  async function cancel(id: string) {
    await cancelInvitation(id).catch(() => undefined);
    await refetch();
  }
  return (
    <Show when={family.error || family() !== null}>
      <Card title={t('family.title')} data-testid="family-card">
        <p class="muted">{t('family.lead')}</p>
        <Show when={!family.error} fallback={<p role="alert">{t('errors.network')}</p>}>
          <Show when={family()}>
            {(fam) => (
              <div class="stack">
                <h3>{t('family.members', { n: fam().members.length, max: fam().maxMembers })}</h3>
                <Show when={fam().members.length > 0} fallback={<p class="muted">{t('family.membersEmpty')}</p>}>
                  <ul class="family-list">
                    <For each={fam().members}>
                      {(m) => (
                        <li class="family-row" data-testid="family-member">
                          <div>
                            <strong>{m.name}</strong> <span class="muted">{m.phoneMasked}</span>
                            <p class="muted">
                              {scopeWords(t, m.scope, m.approveLimitFen)} ·{' '}
                              {t('family.since', { date: fmtDate(m.since) })}
                            </p>
                          </div>
                          <Button variant="ghost" onClick={() => revoke(m.id, m.name)} data-testid="family-revoke">
                            {t('family.revoke')}
                          </Button>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <Show when={fam().invitations.length > 0}>
                  <h3>{t('family.pending')}</h3>
                  <ul class="family-list">
                    <For each={fam().invitations}>
                      {(i) => (
                        <li class="family-row" data-testid="family-invitation">
                          <p>
                            {t('family.pendingUntil', {
                              phone: i.phoneMasked,
                              scope: scopeWords(t, i.scope, i.approveLimitFen),
                              time: fmtDateTime(i.expiresAt),
                            })}
                          </p>
                          <Button variant="ghost" onClick={() => cancel(i.id)} data-testid="family-cancel">
                            {t('family.cancel')}
                          </Button>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <Show
                  when={fam().members.length < FAMILY_MAX_MEMBERS}
                  fallback={<p class="muted">{t('family.full', { max: FAMILY_MAX_MEMBERS })}</p>}
                >
                  <InviteForm vehicleId={props.vehicleId} onSent={() => void refetch()} />
                </Show>
              </div>
            )}
          </Show>
        </Show>
      </Card>
    </Show>
  );
}
