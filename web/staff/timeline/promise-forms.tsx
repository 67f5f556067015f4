import { For, Show } from 'solid-js';
import { COMPENSATIONS, DelaySchema, SetEstimateSchema, type VisitProgress } from '@shared/timeline/timeline.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { postDelay, postEarlyFinish, setEstimate } from './staff-timeline.ts';
import { FormStatus } from '../form/form-status.tsx';
import { type StaffForm, useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';

/** The promise's three levers: the technician's estimate, a delay (with reason and compensation), an early finish. */
export function PromiseForms(props: { progress: VisitProgress; onDone: () => void }) {
  const t = useT();
  const can = useCan();
  // A later estimate is a delay, which only the front desk posts: say who does what, not "conflict".
  const estimate = useStaffForm(props.onDone, {
    words: { conflict: can('timeline.delay') ? t('staff.words.estimateLater') : t('staff.words.estimateLaterAsk') },
  });
  const delay = useStaffForm(props.onDone);
  const early = useStaffForm(props.onDone);
  const id = () => props.progress.visitId;
  const open = () => props.progress.status === 'in_progress';
  function submitEstimate(e: SubmitEvent) {
    e.preventDefault();
    const minutes = Number(new FormData(e.currentTarget as HTMLFormElement).get('minutes'));
    void estimate.send(
      SetEstimateSchema,
      { estimateMinutes: minutes, note: null },
      (valid) => setEstimate(id(), valid.estimateMinutes),
      { estimateMinutes: t('timeline.staff.estimate') },
    );
  }
  function submitDelay(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const input = {
      remainingMinutes: Number(data.get('remaining')),
      reason: String(data.get('reason') ?? ''),
      compensation: data.getAll('compensation').map(String),
    };
    void delay.send(DelaySchema, input as never, (valid) => postDelay(id(), valid), {
      remainingMinutes: t('timeline.staff.remaining'),
      reason: t('timeline.staff.reason'),
      compensation: t('timeline.staff.compensation'),
    });
  }
  const errorOf = (a: StaffForm) => <FormStatus form={a} />;
  return (
    <div class="stl-grid">
      <form class="stl-card stl-form" onSubmit={submitEstimate}>
        <h2>{t('timeline.staff.setEstimate')}</h2>
        <label>
          {t('timeline.staff.estimate')}
          <input class="input" name="minutes" type="number" min="5" step="5" required inputmode="numeric" />
          <span class="muted">{t('timeline.staff.estimateHint')}</span>
        </label>
        {errorOf(estimate)}
        <button type="submit" class="btn btn-secondary" disabled={estimate.busy() || !open()}>
          {t('timeline.staff.setEstimate')}
        </button>
      </form>
      <Show when={can('timeline.delay')}>
        <form class="stl-card stl-form" onSubmit={submitDelay}>
          <h2>{t('timeline.staff.delay')}</h2>
          <label>
            {t('timeline.staff.remaining')}
            <input class="input" name="remaining" type="number" min="5" step="5" required inputmode="numeric" />
          </label>
          <label>
            {t('timeline.staff.reason')}
            <input class="input" name="reason" required maxlength="300" />
          </label>
          <fieldset>
            <legend>{t('timeline.staff.compensation')}</legend>
            <For each={COMPENSATIONS}>
              {(c) => (
                <label class="stl-choice">
                  <input type="checkbox" name="compensation" value={c} />
                  {t(`timeline.compensation.${c}` as 'timeline.compensation.free_wash')}
                </label>
              )}
            </For>
          </fieldset>
          {errorOf(delay)}
          <button type="submit" class="btn btn-secondary" disabled={delay.busy() || !open()}>
            {t('timeline.staff.postDelay')}
          </button>
        </form>
      </Show>
      <Show when={can('timeline.earlyFinish')}>
        <div class="stl-card stl-form">
          <h2>{t('timeline.staff.earlyFinish')}</h2>
          {errorOf(early)}
          <button
            type="button"
            class="btn btn-secondary"
            disabled={early.busy() || props.progress.status === 'delivered' || !props.progress.promisedReadyAt}
            onClick={() => void early.run(() => postEarlyFinish(id()))}
          >
            {t('timeline.staff.postEarly')}
          </button>
        </div>
      </Show>
    </div>
  );
}
