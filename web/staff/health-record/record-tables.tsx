import { For, Show } from 'solid-js';
import { compareFindings } from '@shared/health-record/grading.ts';
import type { FindingView } from '@shared/health-record/record-view.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { formatFen } from '@shared/money.ts';
import { intlLocale, useT } from '../../i18n/i18n.ts';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { call, staffApi } from '../staff-client.ts';
import { GradeBadge } from '../../ui/grade-badge.tsx';

/** The record as the customer sees it: visits with totals, findings with their status (and "mark fixed"). */
export function RecordTables(props: { visits: VisitView[]; findings: FindingView[]; onChanged: () => void }) {
  const t = useT();
  const visitLabel = (id: string | null) => {
    const v = props.visits.find((x) => x.id === id);
    return v ? `${v.checkedInAt.slice(0, 10)} ${v.title}` : '';
  };
  const fix = useStaffForm(props.onChanged);
  function markFixed(f: FindingView, visitId: string) {
    if (!visitId) return;
    const id = f.id;
    void fix.run(() =>
      call(staffApi['health-record'].findings[':id'].$post({ param: { id }, json: { fixedInVisitId: visitId } })),
    );
  }
  return (
    <section>
      <h2>{t('healthRecord.staff.history')}</h2>
      <table class="staff-table" data-testid="staff-visits">
        <thead>
          <tr>
            <th scope="col">{t('healthRecord.staff.date')}</th>
            <th scope="col">{t('healthRecord.staff.visitTitle')}</th>
            <th scope="col">{t('healthRecord.staff.mileage')}</th>
            <th scope="col">{t('healthRecord.staff.total')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.visits}>
            {(v) => (
              <tr>
                <td>{v.checkedInAt.slice(0, 10)}</td>
                <td>
                  {v.title}
                  <div class="muted hr-small">{v.items.map((i) => i.title).join('、')}</div>
                </td>
                <td>{v.mileageKm.toLocaleString()}</td>
                <td>{formatFen(v.totalFen, intlLocale())}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <h3>{t('healthRecord.staff.findings')}</h3>
      <FormStatus form={fix} />
      <table class="staff-table" data-testid="staff-findings">
        <tbody>
          <For
            each={[...props.findings].sort(compareFindings)}
            fallback={
              <tr>
                <td>{t('healthRecord.staff.none')}</td>
              </tr>
            }
          >
            {(f) => (
              <tr>
                <td>
                  <GradeBadge grade={f.grade} label={t(`healthRecord.grade.${f.grade}` as 'healthRecord.grade.red')} />
                </td>
                <td>
                  <strong>{f.component}</strong> {f.measureValue ?? ''}
                  <div class="muted hr-small">{f.note}</div>
                </td>
                <td>{f.photos.length > 0 ? t('healthRecord.photos', { n: f.photos.length }) : ''}</td>
                <td>
                  <Show
                    when={f.status !== 'fixed'}
                    fallback={`${t('healthRecord.staff.fixedBy')} ${visitLabel(f.fixedInVisitId)}`}
                  >
                    <label>
                      <span class="visually-hidden">{t('healthRecord.staff.markFixed')}</span>
                      <select class="input" onChange={(e) => void markFixed(f, e.currentTarget.value)}>
                        <option value="">{t('healthRecord.staff.markFixed')}</option>
                        <For each={props.visits}>{(v) => <option value={v.id}>{visitLabel(v.id)}</option>}</For>
                      </select>
                    </label>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
