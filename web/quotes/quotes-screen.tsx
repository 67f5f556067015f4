import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { totalsOf } from '@shared/quotes/packages.ts';
import { fmtDateTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import { Icon } from '../ui/icon.tsx';
import { Page } from '../ui/page.tsx';
import { Fen } from './quote-bits.tsx';
import { byUrgency, liveQuotes } from './quotes.store.ts';
import './quotes.css';

/** Every quote the customer has received, the ones waiting for a decision first. */
export default function QuotesScreen() {
  const t = useT();
  const quotes = liveQuotes();
  const waiting = () => (quotes() ?? []).filter((q) => q.status === 'sent').length;
  return (
    <Page title={t('quotes.listTitle')} lead={waiting() ? t('quotes.lead.waiting', { n: waiting() }) : undefined}>
      <Show when={quotes.ready()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={(quotes() ?? []).length > 0} fallback={<EmptyState>{t('quotes.listEmpty')}</EmptyState>}>
          <ul class="q-list">
            <For each={byUrgency(quotes() ?? [])}>
              {(q) => (
                <li>
                  <A href={`/quotes/${q.id}`} class="card card-link q-list-item" data-status={q.status}>
                    <span class={`q-tag ${q.status === 'sent' ? 'q-tag-waiting' : 'q-tag-approve'}`}>
                      {q.status === 'sent'
                        ? t('quotes.waiting')
                        : q.status === 'decided'
                          ? t('quotes.decided')
                          : t('quotes.withdrawn')}
                    </span>
                    <strong>{q.title}</strong>
                    <span class="muted">
                      {q.sentAt ? fmtDateTime(q.sentAt) : ''} · <Fen fen={totalsOf(q.lines).totalFen} />
                    </span>
                    <Icon name="chevron" />
                  </A>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </Page>
  );
}
