import { For } from 'solid-js';
import { READING_COMPONENTS, type ReadingComponent } from '@shared/health-record/record-codes.schema.ts';
import { RecordReadingsSchema } from '@shared/health-record/staff-input.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { useStaffForm } from '../form/use-staff-form.ts';
import { call, staffApi } from '../staff-client.ts';
import { FormFooter } from './visit-form.tsx';

const COMPONENTS = Object.keys(READING_COMPONENTS) as ReadingComponent[];

/** Wear readings at a visit: tread per tyre, pads per axle, battery health. */
export function ReadingsForm(props: { visits: VisitView[]; onSaved: () => void }) {
  const t = useT();
  const submit = useStaffForm(props.onSaved);
  function save(e: SubmitEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const readings = COMPONENTS.filter((c) => String(f.get(c) ?? '').trim() !== '').map((c) => ({
      component: c,
      value: Number(f.get(c)),
    }));
    const labels = { readings: t('healthRecord.staff.readings'), visitId: t('healthRecord.staff.visit') };
    void submit.send(
      RecordReadingsSchema,
      { visitId: String(f.get('visitId')), readings } as never,
      async (json) => {
        await call(staffApi['health-record'].readings.$post({ json }));
        form.reset();
      },
      labels,
    );
  }
  return (
    <form class="hr-staff-form" onSubmit={save} data-testid="readings-form">
      <h2>{t('healthRecord.staff.readings')}</h2>
      <p class="muted">{t('healthRecord.staff.readingsHint')}</p>
      <div class="hr-staff-grid">
        <label>
          {t('healthRecord.staff.visit')}
          <select class="input" name="visitId" required>
            <For each={props.visits}>
              {(v) => <option value={v.id}>{`${v.checkedInAt.slice(0, 10)} ${v.title}`}</option>}
            </For>
          </select>
        </label>
        <For each={COMPONENTS}>
          {(c) => (
            <label>
              {`${t(`healthRecord.component.${c}` as 'healthRecord.component.battery')} (${READING_COMPONENTS[c] === 'battery_pct' ? '%' : 'mm'})`}
              <input class="input" name={c} inputmode="decimal" />
            </label>
          )}
        </For>
      </div>
      <FormFooter form={submit} />
    </form>
  );
}
