import { For, Show } from 'solid-js';
import { BuildDeliverySchema, CHECK_KEYS, type CheckKey } from '@shared/timeline/delivery.schema.ts';
import type { StaffVisit } from '@shared/timeline/timeline.schema.ts';
import { formatDateTime } from '@shared/time.ts';
import { intlLocale, pick, useT } from '../../i18n/i18n.ts';
import { saveDelivery } from './staff-timeline.ts';
import { EnglishField, ReadsEnglishHint } from '../form/english-field.tsx';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';

/**
 * Build the delivery summary: the verification checks for the work done (seed 001), the next visit and
 * the closing words; items, photos, findings and warranty come from the health record by themselves.
 * Shows each check's confirmation by the customer, with its time.
 */
export function DeliveryBuilder(props: { visit: StaffVisit; onDone: () => void }) {
  const t = useT();
  const action = useStaffForm(props.onDone);
  const existing = () => props.visit.delivery;
  const checkOf = (key: CheckKey) => existing()?.checks.find((c) => c.key === key);
  const frozen = () => props.visit.progress.status === 'delivered';
  const english = () => props.visit.row.customerLocale === 'en';
  function submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const checks = CHECK_KEYS.filter((k) => data.get(`on-${k}`)).map((key) => ({
      key,
      note: String(data.get(`note-${key}`) ?? '').trim(),
    }));
    const service = String(data.get('nextService') ?? '');
    const date = String(data.get('nextDate') ?? '');
    const input = {
      checks,
      nextVisit:
        service && date
          ? { serviceCode: service, dueDate: date, note: String(data.get('nextNote') ?? '') || null }
          : null,
      note: String(data.get('closing') ?? '') || null,
      noteEn: String(data.get('closingEn') ?? '') || null,
    };
    void action.send(BuildDeliverySchema, input, (valid) => saveDelivery(props.visit.progress.visitId, valid), {
      checks: t('timeline.delivery.checks'),
      nextVisit: t('timeline.staff.nextService'),
      note: t('timeline.staff.closing'),
      noteEn: t('staff.inEnglish', { field: t('timeline.staff.closing') }),
    });
  }
  return (
    <form class="stl-card stl-form" onSubmit={submit} aria-labelledby="stl-delivery">
      <h2 id="stl-delivery">{t('timeline.staff.deliveryBuilder')}</h2>
      <table class="staff-table">
        <thead>
          <tr>
            <th scope="col">{t('timeline.delivery.checks')}</th>
            <th scope="col">{t('timeline.staff.checkNote')}</th>
            <th scope="col">{t('timeline.staff.confirmations')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={CHECK_KEYS}>
            {(key) => (
              <tr data-testid={`staff-check-${key}`}>
                <td>
                  <label class="stl-choice">
                    <input type="checkbox" name={`on-${key}`} checked={!!checkOf(key)} />
                    {t(`timeline.check.${key}` as 'timeline.check.brakes')}
                  </label>
                </td>
                <td>
                  <input
                    class="input"
                    name={`note-${key}`}
                    value={checkOf(key)?.note ?? ''}
                    maxlength="200"
                    aria-label={t('timeline.staff.checkNote')}
                  />
                </td>
                <td>
                  <Show when={checkOf(key)} fallback="—">
                    {(c) => (
                      <Show
                        when={c().confirmedAt}
                        fallback={<span class="muted">{t('timeline.staff.notConfirmed')}</span>}
                      >
                        {(at) => <span class="stl-ok">{formatDateTime(at(), props.visit.timeZone, intlLocale())}</span>}
                      </Show>
                    )}
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="stl-grid">
        <label>
          {t('timeline.staff.nextService')}
          <select class="input" name="nextService">
            <option value="">—</option>
            <For each={props.visit.services}>
              {(s) => (
                <option value={s.code} selected={existing()?.nextVisit?.serviceCode === s.code}>
                  {pick(s.nameZh, s.nameEn)}
                </option>
              )}
            </For>
          </select>
        </label>
        <label>
          {t('timeline.staff.nextDate')}
          <input class="input" type="date" name="nextDate" value={existing()?.nextVisit?.dueDate ?? ''} />
        </label>
        <label>
          {t('timeline.staff.nextNote')}
          <input class="input" name="nextNote" maxlength="200" value={existing()?.nextVisit?.note ?? ''} />
        </label>
      </div>
      <label>
        {t('timeline.staff.closing')}
        <textarea class="input" name="closing" rows="2" maxlength="500" value={existing()?.note ?? ''} />
      </label>
      <EnglishField
        show={english()}
        name="closingEn"
        label={t('timeline.staff.closing')}
        maxLength={500}
        value={existing()?.noteEn}
      />
      <ReadsEnglishHint show={english()} />
      <FormStatus form={action} />
      <button type="submit" class="btn btn-primary" disabled={action.busy() || frozen()}>
        {t('timeline.staff.saveDelivery')}
      </button>
      <Show when={action.ok()}>
        <span class="muted" role="status">
          {t('timeline.staff.saved')}
        </span>
      </Show>
    </form>
  );
}
