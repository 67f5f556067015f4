import { For } from 'solid-js';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { uploadPhoto } from './photo-upload.ts';
import { useStaffForm } from '../form/use-staff-form.ts';
import { FormFooter } from './visit-form.tsx';

/** Before/after photos of a visit's work (the delivery report). */
export function VisitPhotoForm(props: { visits: VisitView[]; onSaved: () => void }) {
  const t = useT();
  const submit = useStaffForm(props.onSaved);
  function save(e: SubmitEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const file = f.get('photo');
    if (!(file instanceof File) || file.size === 0) return;
    void submit.run(async () => {
      await uploadPhoto(
        file,
        { kind: 'visit', id: String(f.get('visitId')) },
        String(f.get('role')),
        String(f.get('caption') ?? '') || undefined,
      );
      form.reset();
    });
  }
  return (
    <form class="hr-staff-form" onSubmit={save} data-testid="visit-photo-form">
      <h2>{t('healthRecord.staff.visitPhotos')}</h2>
      <div class="hr-staff-grid">
        <label>
          {t('healthRecord.staff.visit')}
          <select class="input" name="visitId" required>
            <For each={props.visits}>
              {(v) => <option value={v.id}>{`${v.checkedInAt.slice(0, 10)} ${v.title}`}</option>}
            </For>
          </select>
        </label>
        <label>
          {t('healthRecord.staff.role')}
          <select class="input" name="role">
            <option value="before">{t('healthRecord.before')}</option>
            <option value="after">{t('healthRecord.after')}</option>
          </select>
        </label>
        <label>
          {t('healthRecord.staff.note')}
          <input class="input" name="caption" maxLength={120} />
        </label>
        <label>
          {t('healthRecord.staff.photo')}
          <input class="input" name="photo" type="file" accept="image/*" capture="environment" required />
        </label>
      </div>
      <FormFooter form={submit} label={t('healthRecord.staff.upload')} />
    </form>
  );
}
