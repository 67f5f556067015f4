import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { CreateQuoteSchema } from '@shared/quotes/staff-quote.schema.ts';
import { useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';
import { QuoteEditor } from './quote-editor.tsx';
import { createQuote, loadVisits, quoteLabels } from './staff-quotes.ts';
import './staff-quotes.css';

/** A new quote (a draft) for a visit, built from its findings; sent from the quote's own page. */
export default function StaffQuoteNew() {
  const t = useT();
  const can = useCan();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const supplementary = () => search.kind === 'supplementary';
  const [visits] = createResource(loadVisits);
  const visit = () => visits()?.find((v) => v.visitId === search.visit);
  let createdId = '';
  const action = useStaffForm(() => navigate(`/staff/quotes/${createdId}`));
  return (
    <section>
      <h1>{supplementary() ? t('quotes.staff.newSupplementary') : t('quotes.staff.newQuote')}</h1>
      <Show
        when={can('quotes.edit') && visit()}
        fallback={
          <Show when={!visits.loading} fallback={<p class="muted">{t('app.loading')}</p>}>
            {/* Only open visits are listed: one not among them is delivered (or unknown). */}
            <p role="alert" data-testid="visit-closed">
              {!can('quotes.edit')
                ? t('staff.refused.forbidden')
                : visits.error
                  ? t('errors.not_found')
                  : t('quotes.staff.visitClosed')}
            </p>
            <A href="/staff/quotes">{t('quotes.staff.backToQuotes')}</A>
          </Show>
        }
      >
        {(v) => (
          <>
            <p>
              {v().plate} · {v().customerName} · {v().title}
            </p>
            <QuoteEditor
              findings={v().findings}
              supplementary={supplementary()}
              revising={false}
              initial={{ title: supplementary() ? '维修中发现的问题' : '追加项目', note: '', lines: [] }}
              busy={action.busy()}
              submitLabel={t('quotes.staff.saveDraft')}
              onSubmit={(value) =>
                void action.send(
                  CreateQuoteSchema,
                  {
                    visitId: v().visitId,
                    kind: supplementary() ? 'supplementary' : 'standard',
                    title: value.title,
                    note: value.note || null,
                    lines: value.lines,
                  },
                  async (json) => {
                    createdId = (await createQuote(json)).id;
                  },
                  quoteLabels(t),
                )
              }
            />
            <Show when={action.error()}>
              <p class="error-text" role="alert">
                {t('quotes.staff.error', { message: action.error() ?? '' })}
              </p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
