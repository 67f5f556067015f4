/**
 * The survey form (seed 002/003): four star ratings, the NPS question 0-10 with its end labels, an
 * optional comment. Shared by the app's survey screen (through the outbox) and the signed link page
 * (one POST); it only collects the answer and validates it with the shared schema.
 */
import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import * as v from 'valibot';
import { COMMENT_MAX, STAR_DIMENSIONS, type SurveyAnswer, SurveyAnswerSchema } from '@shared/surveys/survey.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { numberFace, RatingGroup, starFace } from './rating-group.tsx';

const STARS = [1, 2, 3, 4, 5] as const;
const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export function SurveyForm(props: { onSubmit: (a: SurveyAnswer) => void | Promise<void>; busy?: boolean }) {
  const t = useT();
  const [answer, setAnswer] = createStore<Partial<Record<keyof SurveyAnswer, number>>>({});
  const [comment, setComment] = createSignal('');
  const [missing, setMissing] = createSignal(false);

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const parsed = v.safeParse(SurveyAnswerSchema, {
      ...answer,
      ...(comment().trim() ? { comment: comment() } : {}),
    });
    if (!parsed.success) return setMissing(true);
    setMissing(false);
    void props.onSubmit(parsed.output);
  };

  return (
    <form class="sv-form" onSubmit={submit} noValidate>
      <For each={STAR_DIMENSIONS}>
        {(d) => (
          <RatingGroup
            name={`sv-${d}`}
            legend={t(`surveys.stars.${d}`)}
            values={STARS}
            value={answer[d]}
            onChange={(n) => setAnswer(d, n)}
            label={(n) => t('surveys.stars.n', { n })}
            face={starFace}
          />
        )}
      </For>
      <p class="muted sv-stars-hint">{t('surveys.stars.hint')}</p>
      <RatingGroup
        name="sv-nps"
        class="sv-nps"
        legend={t('surveys.nps.question')}
        values={SCORES}
        value={answer.nps}
        onChange={(n) => setAnswer('nps', n)}
        label={(n) => String(n)}
        face={numberFace}
        hint={
          <span class="sv-ends">
            <span>{t('surveys.nps.low')}</span>
            <span>{t('surveys.nps.high')}</span>
          </span>
        }
      />
      <label class="sv-comment">
        <span class="sv-legend">{t('surveys.comment.label')}</span>
        <textarea
          rows={4}
          maxLength={COMMENT_MAX}
          value={comment()}
          onInput={(e) => setComment(e.currentTarget.value)}
          aria-describedby="sv-comment-hint"
        />
        <span id="sv-comment-hint" class="muted sv-hint">
          {t('surveys.comment.hint')}
        </span>
      </label>
      <Show when={missing()}>
        <p class="sv-missing" role="alert">
          {t('surveys.missing')}
        </p>
      </Show>
      <Button type="submit" block disabled={props.busy}>
        {t('surveys.submit')}
      </Button>
    </form>
  );
}
