/**
 * The survey's entry on the delivered visit: offered at once when the customer opens it (the job's
 * notice and text message follow 24 h after delivery), then the thank-you and the case in one line.
 */
import { Show } from 'solid-js';
import { SURVEY_POINTS } from '@shared/surveys/survey.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { LinkButton } from '../ui/button.tsx';
import { liveSurvey, offerable } from './surveys.store.ts';

export default function SurveyEntry(props: { visitId: string; deliveredAt: string | null }) {
  const t = useT();
  const survey = liveSurvey(() => props.visitId);
  const shown = () => !!survey() || offerable(props.deliveredAt);
  return (
    <Show when={survey.ready() && shown()}>
      <section class="card" data-testid="survey-entry" aria-labelledby="sv-entry-title">
        <Show
          when={survey()?.submittedAt}
          fallback={
            <>
              <h2 id="sv-entry-title">{t('surveys.entry.title')}</h2>
              <p class="muted">{t('surveys.entry.lead', { points: SURVEY_POINTS })}</p>
              <LinkButton href={`/surveys/${props.visitId}`} block>
                {t('surveys.entry.open')}
              </LinkButton>
            </>
          }
        >
          <h2 id="sv-entry-title">{t('surveys.entry.done', { points: SURVEY_POINTS })}</h2>
          <LinkButton variant="secondary" href={`/surveys/${props.visitId}`} block>
            {t('surveys.entry.see')}
          </LinkButton>
        </Show>
      </section>
    </Show>
  );
}
