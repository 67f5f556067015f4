import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { draftOf, QuoteEditor } from './quote-editor.tsx';
import { StaffRecord } from './staff-record.tsx';
import {
  loadQuote,
  quoteLabels,
  loadVisits,
  newLink,
  reviseQuote,
  sendQuote,
  withdrawQuote,
  staffTime,
  yuanText,
} from './staff-quotes.ts';
import { ReviseQuoteSchema } from '@shared/quotes/staff-quote.schema.ts';
import { useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';
import './staff-quotes.css';

/** One quote: its lines, send / new link, revise (a new version once sent), versions and the signed records. */
export default function StaffQuote() {
  const t = useT();
  const can = useCan();
  const params = useParams();
  const [quote, { refetch }] = createResource(() => params.id, loadQuote);
  const [visits] = createResource(loadVisits);
  const findings = () => visits()?.find((v) => v.visitId === quote()?.visitId)?.findings ?? [];
  const [link, setLink] = createSignal<{ sentTo: string; expiresAt: string } | null>(null);
  const [editing, setEditing] = createSignal(false);
  const action = useStaffForm(() => void refetch());
  const total = () => (quote()?.lines ?? []).reduce((a, l) => a + l.partsFen + l.labourFen, 0);
  return (
    <section>
      <p>
        <A href="/staff/quotes">← {t('quotes.staff.title')}</A>
      </p>
      <Show when={quote()} fallback={<p class="muted">{quote.error ? t('errors.not_found') : t('app.loading')}</p>}>
        {(q) => (
          <>
            <h1>
              {q().title} <span class="muted">· {t('quotes.version', { v: q().version })}</span>
            </h1>
            <p data-testid="staff-quote-status">
              {t(`quotes.staff.status.${q().status}`)} · {t(`quotes.staff.kind.${q().kind}`)} · {q().plate} ·{' '}
              {q().customerName}
            </p>
            <Show when={!editing()}>
              <table class="staff-table" data-testid="staff-quote-lines">
                <tbody>
                  <For each={q().lines}>
                    {(l) => (
                      <tr>
                        <td>{t(`quotes.tier.${l.tier}`)}</td>
                        <td>
                          {l.title}
                          <Show when={l.finding}>{(f) => <div class="muted">{f().component}</div>}</Show>
                        </td>
                        <td>
                          {t('quotes.parts')} {yuanText(l.partsFen)} · {t('quotes.labour')} {yuanText(l.labourFen)}
                        </td>
                        <td>
                          <strong>{yuanText(l.partsFen + l.labourFen)}</strong>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <p>
                {t('quotes.staff.total')} <strong>{yuanText(total())}</strong>
              </p>
              <div class="row">
                <Show when={q().status === 'draft' && can('quotes.send')}>
                  <button
                    type="button"
                    class="btn btn-primary"
                    disabled={action.busy()}
                    onClick={() => void action.run(async () => setLink((await sendQuote(q().id)).link))}
                  >
                    {t('quotes.staff.send')}
                  </button>
                </Show>
                <Show when={q().status === 'sent' && can('quotes.send')}>
                  <button
                    type="button"
                    class="btn btn-secondary"
                    disabled={action.busy()}
                    onClick={() => void action.run(async () => setLink((await newLink(q().id)).link))}
                  >
                    {t('quotes.staff.newLink')}
                  </button>
                </Show>
                <Show when={(q().status === 'draft' || q().status === 'sent') && can('quotes.edit')}>
                  <button type="button" class="btn btn-secondary" onClick={() => setEditing(true)}>
                    {t('quotes.staff.revise')}
                  </button>
                </Show>
                <Show when={q().status === 'sent' && can('quotes.withdraw')}>
                  <button
                    type="button"
                    class="btn btn-ghost"
                    disabled={action.busy()}
                    onClick={() => {
                      if (window.confirm(t('quotes.staff.withdrawConfirm')))
                        void action.run(() => withdrawQuote(q().id));
                    }}
                  >
                    {t('quotes.staff.withdraw')}
                  </button>
                </Show>
              </div>
            </Show>
            <Show when={link()}>
              {(l) => (
                <p class="sq-link" data-testid="staff-quote-link">
                  {t('quotes.staff.sentTo', { phone: l().sentTo })} ·{' '}
                  {t('quotes.staff.link', { time: staffTime(l().expiresAt) })}
                </p>
              )}
            </Show>
            <Show when={editing() && can('quotes.edit')}>
              <QuoteEditor
                findings={findings()}
                supplementary={q().kind === 'supplementary'}
                revising={q().status === 'sent'}
                initial={{ title: q().title, note: q().note ?? '', lines: q().lines.map(draftOf) }}
                busy={action.busy()}
                submitLabel={q().status === 'sent' ? t('quotes.staff.saveRevision') : t('quotes.staff.saveDraft')}
                onSubmit={(value) =>
                  void action.send(
                    ReviseQuoteSchema,
                    { title: value.title, note: value.note || null, reason: value.reason || null, lines: value.lines },
                    async (json) => {
                      await reviseQuote(q().id, json);
                      setEditing(false);
                    },
                    quoteLabels(t),
                  )
                }
              />
              <button type="button" class="btn btn-ghost" onClick={() => setEditing(false)}>
                {t('quotes.staff.cancel')}
              </button>
            </Show>
            <Show when={action.error()}>
              <p class="error-text" role="alert">
                {t('quotes.staff.error', { message: action.error() ?? '' })}
              </p>
            </Show>
            <h2>{t('quotes.staff.authorizations')}</h2>
            <Show
              when={q().authorizations.length > 0}
              fallback={<p class="muted">{t('quotes.staff.noAuthorizations')}</p>}
            >
              <For each={q().authorizations}>{(r) => <StaffRecord record={r} />}</For>
            </Show>
            <Show when={q().deferrals.length > 0}>
              <h2>{t('quotes.staff.deferrals')}</h2>
              <ul>
                <For each={q().deferrals}>
                  {(d) => (
                    <li>
                      {d.title} · {staffTime(d.dueAt)} · {t(`quotes.deferralKind.${d.kind}`)}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <h2>{t('quotes.staff.versions')}</h2>
            <ul>
              <For each={q().versions}>
                {(v) => (
                  <li>
                    {t('quotes.staff.versionBy', {
                      v: v.version,
                      time: staffTime(v.createdAt),
                      by: v.createdBy ?? '—',
                    })}
                    <Show when={v.reason}> · {v.reason}</Show>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Show>
    </section>
  );
}
