import { createSignal, For, Index } from 'solid-js';
import { PAYMENT_METHODS } from '@shared/health-record/record-codes.schema.ts';
import { RecordVisitSchema } from '@shared/health-record/staff-input.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { FormStatus } from '../form/form-status.tsx';
import { type StaffForm, useStaffForm } from '../form/use-staff-form.ts';
import { call, staffApi } from '../staff-client.ts';

/** "12.5" yuan → 1250 fen (empty → 0). */
export const fenOf = (yuan: string) => Math.round((Number.parseFloat(yuan || '0') || 0) * 100);

const CODES = ['maintenance', 'first_service', 'tire_rotation', 'brake_check', 'cabin_filter', 'diagnosis'];
type Line = { title: string; partName: string; parts: string; labour: string };
const blank = (): Line => ({ title: '', partName: '', parts: '', labour: '' });

/** Record a visit: title, type, mileage, itemized parts and labour, payment. */
export function VisitForm(props: { vehicleId: string; mileageKm: number; onSaved: () => void }) {
  const t = useT();
  const [lines, setLines] = createSignal<Line[]>([blank()]);
  const submit = useStaffForm(props.onSaved);
  const setLine = (i: number, patch: Partial<Line>) =>
    setLines((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  function save(e: SubmitEvent) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const paid = fenOf(String(f.get('paid') ?? ''));
    const body = {
      vehicleId: props.vehicleId,
      title: String(f.get('title')),
      serviceCode: String(f.get('serviceCode')) || null,
      mileageKm: Number(f.get('mileageKm')),
      status: f.get('status') === 'in_progress' ? 'in_progress' : 'delivered',
      warrantyMonths: Number(f.get('warrantyMonths')),
      items: lines()
        .filter((l) => l.title.trim())
        .map((l) => ({
          title: l.title,
          partName: l.partName || null,
          partsFen: fenOf(l.parts),
          labourFen: fenOf(l.labour),
          titleEn: null,
        })),
      payment: paid > 0 ? { paidFen: paid, method: String(f.get('method')) } : null,
      note: String(f.get('note') ?? '') || null,
    };
    const form = e.currentTarget as HTMLFormElement;
    void submit.send(
      RecordVisitSchema,
      body as never,
      async (json) => {
        await call(staffApi['health-record'].visits.$post({ json }));
        form.reset();
        setLines([blank()]);
      },
      {
        title: t('healthRecord.staff.visitTitle'),
        mileageKm: t('healthRecord.staff.mileage'),
        warrantyMonths: t('healthRecord.staff.warrantyMonths'),
        items: t('healthRecord.staff.lines'),
        payment: t('healthRecord.staff.payment'),
        note: t('healthRecord.staff.note'),
      },
    );
  }
  return (
    <form class="hr-staff-form" onSubmit={save} data-testid="visit-form">
      <h2>{t('healthRecord.staff.recordVisit')}</h2>
      <div class="hr-staff-grid">
        <label>
          {t('healthRecord.staff.visitTitle')}
          <input class="input" name="title" required maxLength={80} />
        </label>
        <label>
          {t('healthRecord.staff.serviceCode')}
          <select class="input" name="serviceCode">
            <option value="">{t('healthRecord.staff.noCode')}</option>
            <For each={CODES}>{(c) => <option value={c}>{c}</option>}</For>
          </select>
        </label>
        <label>
          {t('healthRecord.staff.mileage')}
          <input class="input" name="mileageKm" type="number" min="0" required value={props.mileageKm} />
        </label>
        <label>
          {t('healthRecord.staff.status')}
          <select class="input" name="status">
            <option value="delivered">{t('healthRecord.staff.statusDelivered')}</option>
            <option value="in_progress">{t('healthRecord.staff.statusInProgress')}</option>
          </select>
        </label>
        <label>
          {t('healthRecord.staff.warrantyMonths')}
          <input class="input" name="warrantyMonths" type="number" min="0" max="120" value="12" />
        </label>
      </div>
      <table class="staff-table">
        <caption>{t('healthRecord.staff.lines')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('healthRecord.staff.lineTitle')}</th>
            <th scope="col">{t('healthRecord.staff.linePart')}</th>
            <th scope="col">{t('healthRecord.staff.lineParts')}</th>
            <th scope="col">{t('healthRecord.staff.lineLabour')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          <Index each={lines()}>
            {(l, i) => (
              <tr>
                <td>
                  <input
                    class="input"
                    aria-label={t('healthRecord.staff.lineTitle')}
                    value={l().title}
                    onInput={(e) => setLine(i, { title: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    class="input"
                    aria-label={t('healthRecord.staff.linePart')}
                    value={l().partName}
                    onInput={(e) => setLine(i, { partName: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    class="input"
                    aria-label={t('healthRecord.staff.lineParts')}
                    inputmode="decimal"
                    value={l().parts}
                    onInput={(e) => setLine(i, { parts: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    class="input"
                    aria-label={t('healthRecord.staff.lineLabour')}
                    inputmode="decimal"
                    value={l().labour}
                    onInput={(e) => setLine(i, { labour: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    class="btn btn-ghost"
                    onClick={() => setLines((all) => all.filter((_, j) => j !== i))}
                  >
                    {t('healthRecord.staff.removeLine')}
                  </button>
                </td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <button type="button" class="btn btn-secondary" onClick={() => setLines((all) => [...all, blank()])}>
        {t('healthRecord.staff.addLine')}
      </button>
      <div class="hr-staff-grid">
        <label>
          {t('healthRecord.staff.payment')}
          <input class="input" name="paid" inputmode="decimal" />
        </label>
        <label>
          {t('healthRecord.staff.method')}
          <select class="input" name="method">
            <For each={PAYMENT_METHODS}>
              {(m) => (
                <option value={m}>{t(`healthRecord.staff.methods.${m}` as 'healthRecord.staff.methods.cash')}</option>
              )}
            </For>
          </select>
        </label>
        <label>
          {t('healthRecord.staff.note')}
          <input class="input" name="note" maxLength={500} />
        </label>
      </div>
      <FormFooter form={submit} />
    </form>
  );
}

export function FormFooter(props: { form: StaffForm; label?: string }) {
  const t = useT();
  return (
    <div class="row hr-staff-footer">
      <button type="submit" class="btn btn-primary" disabled={props.form.busy()}>
        {props.label ?? t('healthRecord.staff.save')}
      </button>
      <FormStatus form={props.form} saved={t('healthRecord.staff.saved')} />
    </div>
  );
}
