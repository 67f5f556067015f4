/**
 * A low score's recovery case as the customer sees it: three steps in words (received → someone will
 * call → resolved), the current one named as such, never by colour alone; once resolved, the
 * invitation to score again and every re-score given.
 */
import { createSignal, For, Show } from 'solid-js';
import { CASE_STATES, type CustomerCase } from '@shared/surveys/survey-view.schema.ts';
import { fmtDateTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { numberFace, RatingGroup } from './rating-group.tsx';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export function CaseStatus(props: { kase: CustomerCase; onRescore?: (nps: number) => void }) {
  const t = useT();
  const [score, setScore] = createSignal<number>();
  const now = () => CASE_STATES.indexOf(props.kase.state);
  const sentence = () =>
    props.kase.state === 'calling'
      ? props.kase.callerName
        ? t('surveys.case.calling', { name: props.kase.callerName })
        : t('surveys.case.callingNoName')
      : t(`surveys.case.${props.kase.state}`);
  return (
    <section
      class="card sv-case"
      aria-labelledby="sv-case-title"
      data-testid="survey-case"
      data-state={props.kase.state}
    >
      <h2 id="sv-case-title">{t('surveys.case.title')}</h2>
      <p role="status">{sentence()}</p>
      <ol class="sv-steps">
        <For each={CASE_STATES}>
          {(s, i) => (
            <li
              class="sv-step"
              classList={{ 'sv-step-done': i() < now(), 'sv-step-now': i() === now() }}
              aria-current={i() === now() ? 'step' : undefined}
            >
              <span class="sv-step-mark" aria-hidden="true">
                {i() < now() ? '✓' : i() === now() ? '●' : '○'}
              </span>
              <span>{t(`surveys.case.steps.${s}`)}</span>
              <Show when={i() === now()}>
                <span class="visually-hidden">（{t('surveys.case.current')}）</span>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <For each={props.kase.rescores}>
        {(r) => <p class="muted">{t('surveys.case.rescored', { nps: r.nps, time: fmtDateTime(r.at) })}</p>}
      </For>
      <Show when={props.kase.mayRescore && props.onRescore}>
        <form
          class="sv-form"
          onSubmit={(e) => {
            e.preventDefault();
            const s = score();
            if (s !== undefined) props.onRescore!(s);
          }}
        >
          <RatingGroup
            name="sv-rescore"
            class="sv-nps"
            legend={t('surveys.case.rescoreAsk')}
            values={SCORES}
            value={score()}
            onChange={setScore}
            label={(n) => String(n)}
            face={numberFace}
            hint={
              <span class="sv-ends">
                <span>{t('surveys.nps.low')}</span>
                <span>{t('surveys.nps.high')}</span>
              </span>
            }
          />
          <Button type="submit" block disabled={score() === undefined}>
            {t('surveys.case.rescore')}
          </Button>
        </form>
      </Show>
    </section>
  );
}
