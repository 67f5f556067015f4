import { useNavigate, useSearchParams } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { useStaffAction } from './use-staff-action.ts';
import { QuoteEditor } from './quote-editor.tsx';
import { createQuote, loadVisits } from './staff-quotes.ts';
import './staff-quotes.css';

/** A new quote (a draft) for a visit, built from its findings; sent from the quote's own page. */
export default function StaffQuoteNew() {
  const t = useT();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const supplementary = () => search.kind === 'supplementary';
  const [visits] = createResource(loadVisits);
  const visit = () => visits()?.find((v) => v.visitId === search.visit);
  let createdId = '';
  const action = useStaffAction(() => navigate(`/staff/quotes/${createdId}`));
  return (
    <section>
      <h1>{supplementary() ? t('quotes.staff.newSupplementary') : t('quotes.staff.newQuote')}</h1>
      <Show when={visit()} fallback={<p class="muted">{visits.error ? t('errors.not_found') : t('app.loading')}</p>}>
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
                void action.run(async () => {
                  const q = await createQuote({
                    visitId: v().visitId,
                    kind: supplementary() ? 'supplementary' : 'standard',
                    title: value.title,
                    note: value.note || null,
                    lines: value.lines,
                  });
                  createdId = q.id;
                })
              }
            />
            <Show when={action.error()}>
              <p class="error-text" role="alert">
                {t('quotes.staff.error', { message: action.error() })}
              </p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
