/**
 * Share links of one vehicle: make a read-only link for a buyer, copy it, revoke it. Making and
 * revoking are customer actions through the outbox (they work offline and show pending / refused).
 */
import { useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { ShareLinkView } from '@shared/health-record/share-link.schema.ts';
import { fmtDate } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { modelShown } from '../i18n/workshop-words.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { Page } from '../ui/page.tsx';
import { StatusPill } from '../ui/status-pill.tsx';
import { createShareLink, getVehicle, listShareLinks, revokeShareLink, shareUrl } from './health-record.store.ts';
import './health-record.css';

function ShareLinkRow(props: { link: ShareLinkView & { _pending?: number } }) {
  const t = useT();
  const [copied, setCopied] = createSignal(false);
  const url = () => shareUrl(props.link.id);
  async function copy() {
    await navigator.clipboard?.writeText(url()!).catch(() => undefined);
    setCopied(true);
  }
  function revoke() {
    if (window.confirm(t('healthRecord.shareRevokeConfirm'))) void revokeShareLink(props.link.id);
  }
  const labels = () => ({
    pending: t('healthRecord.pending'),
    synced: t('healthRecord.synced'),
    refused: t('healthRecord.refused'),
  });
  return (
    <li class="hr-share" data-testid="share-row" data-revoked={props.link.revokedAt ? 'yes' : 'no'}>
      <div class="row hr-share-head">
        <strong>{props.link.label ?? t('healthRecord.shareNoLabel')}</strong>
        <span class={props.link.revokedAt ? 'pill pill-refused' : 'pill pill-synced'}>
          {props.link.revokedAt ? t('healthRecord.shareRevoked') : t('healthRecord.shareActive')}
        </span>
        <Show when={props.link._pending}>
          <StatusPill status="pending" labels={labels()} />
        </Show>
      </div>
      <p class="muted hr-small">{t('healthRecord.shareCreated', { date: fmtDate(props.link.createdAt) })}</p>
      <Show when={!props.link.revokedAt}>
        <Show when={url()} fallback={<p class="muted hr-small">{t('healthRecord.shareOtherDevice')}</p>}>
          {(u) => (
            <p class="hr-share-url">
              <input
                class="input"
                readonly
                value={u()}
                aria-label={t('healthRecord.shareCopy')}
                data-testid="share-url"
              />
            </p>
          )}
        </Show>
        <div class="row">
          <Show when={url()}>
            <Button variant="secondary" onClick={copy}>
              {copied() ? t('healthRecord.shareCopied') : t('healthRecord.shareCopy')}
            </Button>
          </Show>
          <Button variant="ghost" onClick={revoke} data-testid="share-revoke">
            {t('healthRecord.shareRevoke')}
          </Button>
        </div>
      </Show>
    </li>
  );
}

export default function ShareScreen() {
  const t = useT();
  const params = useParams();
  const vehicle = getVehicle(() => params.id);
  const links = listShareLinks(() => params.id);
  const [label, setLabel] = createSignal('');
  const sorted = () => [...(links() ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  async function create(e: Event) {
    e.preventDefault();
    await createShareLink(params.id!, label());
    setLabel('');
  }
  return (
    <Page title={t('healthRecord.shareTitle')} back={`/vehicles/${params.id}`} backLabel={t('app.back')}>
      <Show
        when={vehicle()}
        fallback={<p class="muted">{vehicle.ready() ? t('healthRecord.notFound') : t('app.loading')}</p>}
      >
        {(v) => (
          <div class="stack">
            <Card title={modelShown(v().model).text}>
              <p>{t('healthRecord.shareLead')}</p>
              <form class="stack" onSubmit={create}>
                <label class="stack hr-field">
                  <span>{t('healthRecord.shareLabel')}</span>
                  <input
                    class="input"
                    maxLength={40}
                    value={label()}
                    onInput={(e) => setLabel(e.currentTarget.value)}
                  />
                </label>
                <Button type="submit" block data-testid="share-create">
                  {t('healthRecord.shareCreate')}
                </Button>
              </form>
            </Card>
            <Card>
              <Show when={sorted().length > 0} fallback={<EmptyState>{t('healthRecord.shareEmpty')}</EmptyState>}>
                <ul class="hr-shares">
                  <For each={sorted()}>{(l) => <ShareLinkRow link={l} />}</For>
                </ul>
              </Show>
            </Card>
          </div>
        )}
      </Show>
    </Page>
  );
}
