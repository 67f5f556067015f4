import { useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { CustomerCard } from '@shared/staff/staff.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { StaffApiError } from '../staff-api.ts';
import { checkIn, findCustomers } from './staff-timeline.ts';

/** Check a car in: find it by plate or phone, say what is done and (optionally) the technician's estimate. */
export function CheckInForm() {
  const t = useT();
  const navigate = useNavigate();
  const [q, setQ] = createSignal('');
  const [found, setFound] = createSignal<CustomerCard[]>([]);
  const [vehicleId, setVehicleId] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  async function search(e: Event) {
    e.preventDefault();
    if (q().trim().length >= 2) setFound(await findCustomers(q().trim()));
  }
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const estimate = Number(form.get('estimate'));
    setBusy(true);
    setError('');
    try {
      const visit = await checkIn({
        vehicleId: vehicleId(),
        title: String(form.get('title')),
        mileageKm: Number(form.get('mileage')),
        estimateMinutes: estimate > 0 ? estimate : null,
        serviceCode: null,
        note: String(form.get('note') ?? '') || null,
      });
      navigate(`/staff/timeline/${visit.progress.visitId}`);
    } catch (err) {
      setError(err instanceof StaffApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section class="stl-card" aria-labelledby="stl-checkin">
      <h2 id="stl-checkin">{t('timeline.staff.checkIn')}</h2>
      <form class="row" onSubmit={search} role="search">
        <label class="visually-hidden" for="stl-q">
          {t('timeline.staff.search')}
        </label>
        <input
          id="stl-q"
          class="input"
          placeholder={t('timeline.staff.search')}
          value={q()}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-secondary">
          {t('timeline.staff.find')}
        </button>
      </form>
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
          <Show when={error()}>
            <p class="error-text" role="alert">
              {error()}
            </p>
          </Show>
          <button type="submit" class="btn btn-primary" disabled={busy() || !vehicleId()}>
            {t('timeline.staff.checkIn')}
          </button>
        </form>
      </Show>
    </section>
  );
}
