/**
 * The invitee's screen (/family/join), reached from the text message or from the app: the open
 * invitations for my number, each accepted with the texted code (a fresh one on request). On accept
 * the car arrives in my mirror through the normal pull.
 */
import { useNavigate } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import type { IncomingInvitation } from '@shared/family/family.schema.ts';
import { fmtDateTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { ApiError } from '../sync/api.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Page } from '../ui/page.tsx';
import { acceptInvitation, incomingInvitations, sendInviteCode } from './family.api.ts';
import { scopeWords } from './family.store.ts';
import './family.css';

function InvitationCard(props: { inv: IncomingInvitation; onAccepted: (vehicleId: string) => void }) {
  const t = useT();
  const [code, setCode] = createSignal('');
  const [note, setNote] = createSignal<{ ok: boolean; text: string } | null>(null);
  const say = (e: unknown) =>
    setNote({ ok: false, text: t(`errors.${e instanceof ApiError ? e.code : 'invalid'}` as 'errors.invalid') });
  async function accept(e: Event) {
    e.preventDefault();
    try {
      const r = await acceptInvitation(props.inv.id, code());
      setNote({ ok: true, text: t('family.accepted') });
      props.onAccepted(r.vehicleId);
    } catch (err) {
      say(err);
    }
  }
  async function resend() {
    try {
      await sendInviteCode(props.inv.id);
      setNote({ ok: true, text: t('family.codeSent') });
    } catch (err) {
      say(err);
    }
  }
  return (
    <Card
      title={t('family.joinFrom', {
        name: props.inv.ownerName,
        plate: props.inv.vehicle.plate,
        model: props.inv.vehicle.model,
      })}
      data-testid="family-join-card"
    >
      <p>{t('family.joinScope', { scope: scopeWords(t, props.inv.scope, props.inv.approveLimitFen) })}</p>
      <p class="muted">{t('family.joinExpires', { time: fmtDateTime(props.inv.expiresAt) })}</p>
      <form class="stack" onSubmit={accept}>
        <label class="stack">
          <span>{t('family.code')}</span>
          <input
            class="input"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxLength={6}
            required
            value={code()}
            onInput={(e) => setCode(e.currentTarget.value.trim())}
          />
        </label>
        <Show when={note()}>
          {(n) => (
            <p role={n().ok ? 'status' : 'alert'} class={n().ok ? 'muted' : 'family-error'}>
              {n().text}
            </p>
          )}
        </Show>
        <Button type="submit" block data-testid="family-accept">
          {t('family.accept')}
        </Button>
        <Button variant="ghost" onClick={resend}>
          {t('family.getCode')}
        </Button>
      </form>
    </Card>
  );
}

export default function JoinScreen() {
  const t = useT();
  const navigate = useNavigate();
  const [list] = createResource(incomingInvitations);
  return (
    <Page title={t('family.joinTitle')} lead={t('family.joinLead')} back="/vehicles" backLabel={t('app.back')}>
      <Show when={!list.loading} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={!list.error} fallback={<p role="alert">{t('errors.network')}</p>}>
          <Show when={(list() ?? []).length > 0} fallback={<EmptyState>{t('family.joinEmpty')}</EmptyState>}>
            <div class="stack">
              <For each={list()}>
                {(inv) => <InvitationCard inv={inv} onAccepted={(id) => navigate(`/vehicles/${id}`)} />}
              </For>
            </div>
          </Show>
        </Show>
      </Show>
    </Page>
  );
}
