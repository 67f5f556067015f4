/**
 * The survey of one delivered visit (/surveys/:visitId): the form until answered, then the thank-you
 * naming the points and, for a low score, the recovery case's state. Reads the mirror, answers
 * through the outbox: it works offline and is delivered once; a refusal is said in words.
 */
import { useParams } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { SURVEY_POINTS } from '@shared/surveys/survey.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { liveMutation } from '../sync/outbox.ts';
import { Page } from '../ui/page.tsx';
import { CaseStatus } from './case-status.tsx';
import { SurveyForm } from './survey-form.tsx';
import { liveSurvey, liveVisit, rescoreSurvey, submitSurvey } from './surveys.store.ts';
import './surveys.css';

export default function SurveyScreen() {
  const t = useT();
  const params = useParams<{ visitId: string }>();
  const id = () => params.visitId;
  const survey = liveSurvey(id);
  const visit = liveVisit(id);
  const [seq, setSeq] = createSignal<number>();
  const state = liveMutation(seq);
  const refused = () => (state()?.status === 'refused' ? state()!.reason : null);
  const title = () => visit()?.title ?? survey()?.visitTitle ?? '';
  const answered = () => !!survey()?.submittedAt;
  const synced = () => answered() && !survey()?._pending;

  return (
    <Page
      title={t('surveys.title')}
      back="/visit"
      backLabel={t('app.back')}
      lead={answered() ? undefined : t('surveys.lead', { title: title(), points: SURVEY_POINTS })}
    >
      <Show when={refused()}>
        {(reason) => (
          <p class="sv-missing" role="alert" data-testid="survey-refused">
            {t(`errors.${reason()}` as 'errors.invalid')}
          </p>
        )}
      </Show>
      <Switch>
        <Match when={answered()}>
          <section class="card sv-thanks" data-testid="survey-thanks" aria-labelledby="sv-thanks-title">
            <h2 id="sv-thanks-title">{t('surveys.thanks.title')}</h2>
            <p>
              {synced()
                ? t('surveys.thanks.points', { points: survey()!.points })
                : t('surveys.thanks.pointsPending', { points: SURVEY_POINTS })}
            </p>
            <Show when={!synced()}>
              <p class="muted">{t('surveys.pending')}</p>
            </Show>
            <Show when={survey()!.answer}>
              {(a) => <p class="muted">{t('surveys.yourAnswer', { nps: a().nps })}</p>}
            </Show>
          </section>
          <Show when={survey()!.case}>
            {(c) => <CaseStatus kase={c()} onRescore={(nps) => void rescoreSurvey(id(), nps).then(setSeq)} />}
          </Show>
        </Match>
        <Match when={visit() && visit()!.status !== 'delivered'}>
          <p class="muted">{t('surveys.notOpen')}</p>
        </Match>
        <Match when={visit.ready() && !visit() && survey.ready() && !survey()}>
          <p class="muted">{t('surveys.notFound')}</p>
        </Match>
        <Match when={visit() || survey()}>
          <SurveyForm onSubmit={(a) => void submitSurvey(id(), a).then(setSeq)} />
        </Match>
      </Switch>
    </Page>
  );
}
