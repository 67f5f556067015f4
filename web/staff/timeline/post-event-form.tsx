import { createSignal, For, Show } from 'solid-js';
import { POSTABLE_KINDS, PostEventSchema } from '@shared/timeline/timeline.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { postEvent } from './staff-timeline.ts';
import { EnglishField, ReadsEnglishHint } from '../form/english-field.tsx';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';

/** Post a step with a note, photos and a short clip straight from the phone's camera (`capture="environment"`). */
export function PostEventForm(props: { visitId: string; english: boolean; onDone: () => void }) {
  const t = useT();
  const action = useStaffForm(props.onDone);
  const [files, setFiles] = createSignal<File[]>([]);
  const [clips, setClips] = createSignal<File[]>([]);
  let form!: HTMLFormElement;
  function submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(form);
    const input = {
      kind: String(data.get('kind')),
      note: String(data.get('note') ?? '').trim() || null,
      noteEn: String(data.get('noteEn') ?? '').trim() || null,
    };
    void action.send(
      PostEventSchema,
      input as never,
      async (valid) => {
        await postEvent(props.visitId, valid, files(), clips());
        form.reset();
        setFiles([]);
        setClips([]);
      },
      {
        kind: t('timeline.staff.kind'),
        note: t('timeline.staff.note'),
        noteEn: t('staff.inEnglish', { field: t('timeline.staff.note') }),
      },
    );
  }
  return (
    <form class="stl-card stl-form" ref={form} onSubmit={submit} aria-labelledby="stl-post">
      <h2 id="stl-post">{t('timeline.staff.postEvent')}</h2>
      <label>
        {t('timeline.staff.kind')}
        <select class="input" name="kind" required>
          <For each={POSTABLE_KINDS}>
            {(k) => <option value={k}>{t(`timeline.kind.${k}` as 'timeline.kind.update')}</option>}
          </For>
        </select>
      </label>
      <label>
        {t('timeline.staff.note')}
        <textarea class="input" name="note" rows="2" maxlength="500" />
      </label>
      <EnglishField show={props.english} name="noteEn" label={t('timeline.staff.note')} maxLength={500} />
      <ReadsEnglishHint show={props.english} />
      <label>
        {t('timeline.staff.photos')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          data-testid="event-photos"
          onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
        />
      </label>
      <label>
        {t('timeline.staff.clip')}
        <input
          type="file"
          accept="video/mp4,video/webm"
          capture="environment"
          data-testid="event-clip"
          aria-describedby="stl-clip-limits"
          onChange={(e) => setClips([...(e.currentTarget.files ?? [])])}
        />
      </label>
      <p id="stl-clip-limits" class="muted">
        {t('timeline.staff.clipLimits')}
      </p>
      <FormStatus form={action} />
      <button type="submit" class="btn btn-primary" disabled={action.busy()}>
        {action.busy() && files().length + clips().length > 0
          ? t('timeline.staff.uploading')
          : t('timeline.staff.post')}
      </button>
      <Show when={action.ok()}>
        <span class="muted" role="status">
          {t('timeline.staff.posted')}
        </span>
      </Show>
    </form>
  );
}
