import { createSignal, For, Show } from 'solid-js';
import { GRADE_SEVERITY, gradeForMeasure } from '@shared/health-record/grading.ts';
import { GRADES, type Grade, MEASURE_KINDS, type MeasureKind } from '@shared/health-record/record-codes.schema.ts';
import { RecordFindingSchema } from '@shared/health-record/staff-input.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { FINDING_COMPONENTS } from '@shared/health-record/component-words.ts';
import { locale, useT } from '../../i18n/i18n.ts';
import { EnglishField, ReadsEnglishHint } from '../form/english-field.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { call, staffApi } from '../staff-client.ts';
import { uploadPhoto } from './photo-upload.ts';
import { FormFooter } from './visit-form.tsx';

/**
 * Record a finding with its grade (never milder than the measurement's rule), note and a photo. The
 * part comes from the catalog (stored by its Chinese name, shown to an English reader in English);
 * for a customer who reads English the note and advice may carry an English text too.
 */
export function FindingForm(props: { visits: VisitView[]; english: boolean; onSaved: () => void }) {
  const t = useT();
  const [kind, setKind] = createSignal<MeasureKind | ''>('');
  const [value, setValue] = createSignal('');
  const [grade, setGrade] = createSignal<Grade>('yellow');
  const submit = useStaffForm(props.onSaved);
  const minimum = () => (kind() && value() !== '' ? gradeForMeasure(kind() as MeasureKind, Number(value())) : null);
  const allowed = (g: Grade) => !minimum() || GRADE_SEVERITY[g] >= GRADE_SEVERITY[minimum()!];
  function save(e: SubmitEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const photo = f.get('photo');
    const input = {
      visitId: String(f.get('visitId')),
      component: String(f.get('component')),
      grade: allowed(grade()) ? grade() : minimum(),
      measureKind: kind() || null,
      measureValue: kind() && value() !== '' ? Number(value()) : null,
      note: String(f.get('note') ?? ''),
      recommendation: String(f.get('recommendation') ?? ''),
      noteEn: String(f.get('noteEn') ?? '') || null,
      recommendationEn: String(f.get('recommendationEn') ?? '') || null,
    };
    const labels = {
      visitId: t('healthRecord.staff.visit'),
      component: t('healthRecord.staff.component'),
      grade: t('healthRecord.staff.grade'),
      measureValue: t('healthRecord.staff.measureValue'),
      note: t('healthRecord.staff.findingNote'),
      recommendation: t('healthRecord.staff.recommendation'),
      noteEn: t('staff.inEnglish', { field: t('healthRecord.staff.findingNote') }),
      recommendationEn: t('staff.inEnglish', { field: t('healthRecord.staff.recommendation') }),
    };
    void submit.send(
      RecordFindingSchema,
      input as never,
      async (json) => {
        const finding = await call(staffApi['health-record'].findings.$post({ json }));
        if (photo instanceof File && photo.size > 0)
          await uploadPhoto(photo, { kind: 'finding', id: finding.id }, 'evidence', finding.component);
        // Not form.reset(): it would also uncheck the (controlled) grade radios.
        for (const name of ['component', 'note', 'recommendation', 'noteEn', 'recommendationEn', 'photo']) {
          const el = form.elements.namedItem(name) as HTMLInputElement | null;
          if (el) el.value = '';
        }
        setKind('');
        setValue('');
      },
      labels,
    );
  }
  return (
    <form class="hr-staff-form" onSubmit={save} data-testid="finding-form">
      <h2>{t('healthRecord.staff.recordFinding')}</h2>
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
          {t('healthRecord.staff.component')}
          <input class="input" name="component" required maxLength={60} list="finding-components" />
          <datalist id="finding-components">
            <For each={FINDING_COMPONENTS}>
              {(c) => <option value={c.zh} label={locale() === 'en' ? c.en : undefined} />}
            </For>
          </datalist>
        </label>
        <label>
          {t('healthRecord.staff.measureKind')}
          <select class="input" value={kind()} onChange={(e) => setKind(e.currentTarget.value as MeasureKind | '')}>
            <option value="">{t('healthRecord.staff.noMeasure')}</option>
            <For each={MEASURE_KINDS}>
              {(k) => <option value={k}>{t(`healthRecord.kind.${k}` as 'healthRecord.kind.tread_mm')}</option>}
            </For>
          </select>
        </label>
        <Show when={kind()}>
          <label>
            {t('healthRecord.staff.measureValue')}
            <input
              class="input"
              inputmode="decimal"
              required
              value={value()}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          </label>
        </Show>
      </div>
      <fieldset class="hr-staff-grades">
        <legend>{t('healthRecord.staff.grade')}</legend>
        <For each={[...GRADES]}>
          {(g) => (
            <label class="hr-staff-radio">
              <input
                type="radio"
                name="grade"
                value={g}
                checked={grade() === g}
                disabled={!allowed(g)}
                onChange={() => setGrade(g)}
              />
              {t(`healthRecord.grade.${g}` as 'healthRecord.grade.red')}
            </label>
          )}
        </For>
        <Show when={minimum()}>
          {(m) => (
            <span class="muted">
              {t('healthRecord.staff.gradeRule', { grade: t(`healthRecord.grade.${m()}` as 'healthRecord.grade.red') })}
            </span>
          )}
        </Show>
      </fieldset>
      <div class="hr-staff-grid">
        <label>
          {t('healthRecord.staff.findingNote')}
          <textarea class="input" name="note" maxLength={500} rows="2" />
        </label>
        <label>
          {t('healthRecord.staff.recommendation')}
          <textarea class="input" name="recommendation" maxLength={300} rows="2" />
        </label>
        <EnglishField show={props.english} name="noteEn" label={t('healthRecord.staff.findingNote')} maxLength={500} />
        <EnglishField
          show={props.english}
          name="recommendationEn"
          label={t('healthRecord.staff.recommendation')}
          maxLength={300}
        />
        <label>
          {t('healthRecord.staff.photo')}
          <input
            class="input"
            name="photo"
            type="file"
            accept="image/*"
            capture="environment"
            data-testid="finding-photo"
          />
          <span class="muted hr-small">{t('healthRecord.staff.photoHint')}</span>
        </label>
      </div>
      <ReadsEnglishHint show={props.english} />
      <FormFooter form={submit} />
    </form>
  );
}
