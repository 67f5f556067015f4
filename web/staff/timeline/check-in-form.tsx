import { useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import { CheckInSchema } from '@shared/timeline/timeline.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { CustomerSearchForm } from '../customer-search-form.tsx';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { checkIn } from './staff-timeline.ts';
import { StaffRemarks } from '../remarks/staff-remarks.tsx';

/** Check a car in: find it by plate or phone, say what is done and (optionally) the technician's estimate. */
export function CheckInForm() {
  const t = useT();
  const navigate = useNavigate();
  const [found, setFound] = createSignal<CustomerCard[]>([]);
  const [vehicleId, setVehicleId] = createSignal('');
  const form = useStaffForm();

  function submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const estimate = Number(data.get('estimate'));
    const input = {
      vehicleId: vehicleId(),
      title: String(data.get('title') ?? ''),
      mileageKm: Number(data.get('mileage')),
      estimateMinutes: estimate > 0 ? estimate : null,
      serviceCode: null,
      note: String(data.get('note') ?? '').trim() || null,
    };
    void form.send(
      CheckInSchema,
      input,
      async (valid) => {
        const visit = await checkIn(valid);
        navigate(visit ? `/staff/timeline/${visit.progress.visitId}` : '/staff/timeline');
      },
      {
        vehicleId: t('timeline.staff.vehicle'),
        title: t('timeline.staff.titleField'),
        mileageKm: t('timeline.staff.mileage'),
        estimateMinutes: t('timeline.staff.estimate'),
        note: t('timeline.staff.note'),
      },
    );
  }
  return (
    <section class="stl-card" aria-labelledby="stl-checkin">
      <h2 id="stl-checkin">{t('timeline.staff.checkIn')}</h2>
      <CustomerSearchForm inputId="stl-q" label={t('timeline.staff.search')} onResults={setFound} />
      <Show when={found().length > 0}>
        <form class="stl-form" onSubmit={submit}>
          <fieldset>
            <legend>{t('timeline.staff.vehicle')}</legend>
            <For each={found().flatMap((c) => c.vehicles.map((v) => ({ c, v })))}>
              {({ c, v }) => (
                <label class="stl-choice">
                  <input type="radio" name="vehicle" value={v.id} required onChange={() => setVehicleId(v.id)} />
                  <strong>{v.plate}</strong> {v.model} · {c.name}
                </label>
              )}
            </For>
          </fieldset>
          <label>
            {t('timeline.staff.titleField')}
            <input class="input" name="title" required maxlength="80" />
          </label>
          <label>
            {t('timeline.staff.mileage')}
            <input class="input" name="mileage" type="number" min="0" required inputmode="numeric" />
          </label>
          <label>
            {t('timeline.staff.estimate')}
            <input class="input" name="estimate" type="number" min="5" step="5" inputmode="numeric" />
            <span class="muted">{t('timeline.staff.estimateHint')}</span>
          </label>
          <label>
            {t('timeline.staff.note')}
            <input class="input" name="note" maxlength="500" />
          </label>
          <FormStatus form={form} />
          <button type="submit" class="btn btn-primary" disabled={form.busy() || !vehicleId()}>
            {t('timeline.staff.checkIn')}
          </button>
        </form>
        {/* Its own form (beside, not inside, the check-in form): what the customer said before, and now. */}
        <Show when={vehicleId()}>{(id) => <StaffRemarks vehicleId={id()} />}</Show>
      </Show>
    </section>
  );
}
