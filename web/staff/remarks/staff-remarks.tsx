import { createResource, createSignal, For, Show } from 'solid-js';
import {
  type AnswerStatus,
  answerOfVisit,
  isOpenRemark,
  type Remark,
  REMARK_NOTE_MAX,
  REMARK_TEXT_MAX,
} from '@shared/remarks/remark.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { useStaffForm } from '../form/use-staff-form.ts';
import { call, staffApi } from '../staff-client.ts';
import { useCan } from '../staff-role.ts';

const api = staffApi.remarks;
const ANSWERS: AnswerStatus[] = ['checked', 'fixed', 'still_open'];

/**
 * What the customer said before (at booking, at the counter, what was left for later), for the staff
 * at check-in (read and add) and on the visit (answer each: checked / fixed / still open — the
 * customer sees the answer in the delivery summary).
 */
export function StaffRemarks(props: { vehicleId: string; visitId?: string }) {
  const t = useT();
  const can = useCan();
  const [list, { refetch }] = createResource(
    () => props.vehicleId,
    (vehicleId): Promise<Remark[]> => call(api.$get({ query: { vehicleId } })),
  );
  const action = useStaffForm(() => void refetch());
  const [text, setText] = createSignal('');
  const shown = () =>
    (list() ?? []).filter((r) => isOpenRemark(r) || (props.visitId && answerOfVisit(r, props.visitId)));
  const add = (e: SubmitEvent) => {
    e.preventDefault();
    const words = text().trim();
    if (!words) return;
    void action.run(async () => {
      await call(api.$post({ json: { vehicleId: props.vehicleId, text: words } }));
      setText('');
    });
  };
  return (
    <section class="stl-card" aria-labelledby="srm-title" data-testid="staff-remarks">
      <h2 id="srm-title">{t('remarks.staff.title')}</h2>
      <Show when={shown().length > 0} fallback={<p class="muted">{t('remarks.staff.none')}</p>}>
        <ul class="srm-list">
          <For each={shown()}>{(r) => <RemarkRow remark={r} visitId={props.visitId} onAnswer={action.run} />}</For>
        </ul>
      </Show>
      {/* A technician reads what the customer said; the front desk adds and answers (the server agrees). */}
      <Show when={can('remarks.add')}>
        <form class="row" onSubmit={add}>
          <label class="visually-hidden" for="srm-add">
            {t('remarks.staff.add')}
          </label>
          <input
            id="srm-add"
            class="input"
            placeholder={t('remarks.staff.add')}
            maxlength={REMARK_TEXT_MAX}
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" class="btn btn-secondary" disabled={action.busy() || !text().trim()}>
            {t('remarks.staff.addButton')}
          </button>
        </form>
      </Show>
      <Show when={action.error()}>
        <p class="error-text" role="alert">
          {action.error()}
        </p>
      </Show>
    </section>
  );
}

function RemarkRow(props: {
  remark: Remark;
  visitId: string | undefined;
  onAnswer: (act: () => Promise<unknown>) => Promise<unknown>;
}) {
  const t = useT();
  const can = useCan();
  const [note, setNote] = createSignal('');
  const here = () => (props.visitId ? answerOfVisit(props.remark, props.visitId) : null);
  const answer = (status: AnswerStatus) =>
    void props.onAnswer(() =>
      call(
        api[':id'].answer.$post({
          param: { id: props.remark.id },
          json: { visitId: props.visitId!, status, note: note().trim() || null },
        }),
      ),
    );
  const statusWord = (s: string) => t(`remarks.status.${s}` as 'remarks.status.open');
  return (
    <li data-testid="staff-remark">
      <strong>{props.remark.text}</strong>{' '}
      <span class="muted">
        {t(`remarks.source.${props.remark.source}` as 'remarks.source.booking')} · {statusWord(props.remark.status)}
      </span>
      <Show when={here()}>
        {(a) => (
          <p data-testid="answered-here">{t('remarks.staff.answeredHere', { status: statusWord(a().status) })}</p>
        )}
      </Show>
      <Show when={props.visitId && can('remarks.answer')}>
        <div class="row" role="group" aria-label={t('remarks.staff.answer')}>
          <label class="visually-hidden" for={`srm-note-${props.remark.id}`}>
            {t('remarks.staff.note')}
          </label>
          <input
            id={`srm-note-${props.remark.id}`}
            class="input"
            placeholder={t('remarks.staff.note')}
            maxlength={REMARK_NOTE_MAX}
            value={note()}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <For each={ANSWERS}>
            {(s) => (
              <button type="button" class="btn btn-secondary" onClick={() => answer(s)}>
                {t(`remarks.staff.mark.${s}` as 'remarks.staff.mark.fixed')}
              </button>
            )}
          </For>
        </div>
      </Show>
    </li>
  );
}
