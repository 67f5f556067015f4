import { createEffect, createResource, createSignal, For, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { WeeklyCapacitySchema } from '@shared/booking/staff-booking.schema.ts';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';
import { loadCenter, minuteText, parseMinute, saveCapacity } from './staff-booking.ts';
import { TimeSelect } from './time-select.tsx';
import './staff-booking.css';

type Day = { open: string; close: string; closed: boolean };

/** The weekly capacity (manager): bays and opening hours per weekday. */
export default function StaffCapacity() {
  const t = useT();
  const can = useCan();
  const [center, { refetch }] = createResource(loadCenter);
  const [bays, setBays] = createSignal(6);
  const [week, setWeek] = createSignal<Day[]>([]);
  const action = useStaffForm(() => void refetch());
  createEffect(() => {
    const c = center();
    if (!c) return;
    setBays(c.bays);
    setWeek(
      c.openingHours.map((h) =>
        h
          ? { open: minuteText(h.open), close: minuteText(h.close), closed: false }
          : { open: '08:30', close: '18:00', closed: true },
      ),
    );
  });
  const set = (i: number, patch: Partial<Day>) => setWeek(week().map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const save = (e: Event) => {
    e.preventDefault();
    if (!can('booking.capacity')) return; // read-only for this role: the form has no save button
    const input = {
      bays: bays(),
      openingHours: week().map((d) => (d.closed ? null : { open: parseMinute(d.open), close: parseMinute(d.close) })),
    };
    void action.send(WeeklyCapacitySchema, input, saveCapacity, {
      bays: t('booking.staff.bays'),
      openingHours: t('booking.staff.capacity'),
    });
  };
  return (
    <section class="sbk">
      <h1>{t('booking.staff.capacity')}</h1>
      <p class="muted">{t('booking.staff.capacityLead')}</p>
      <form class="sbk-form sbk-week" onSubmit={save}>
        <label class="field">
          <span>{t('booking.staff.bays')}</span>
          <input
            class="input"
            type="number"
            min="1"
            max="99"
            value={bays()}
            onInput={(e) => setBays(Number(e.currentTarget.value))}
          />
        </label>
        <table class="staff-table">
          <tbody>
            <For each={week()}>
              {(d, i) => (
                <tr>
                  <th scope="row">{t(`booking.weekday.d${i()}` as 'booking.weekday.d0')}</th>
                  <td>
                    <label>
                      <input
                        type="checkbox"
                        checked={d.closed}
                        onChange={(e) => set(i(), { closed: e.currentTarget.checked })}
                      />{' '}
                      {t('booking.staff.closedDay')}
                    </label>
                  </td>
                  <td>
                    <TimeSelect
                      value={d.open}
                      disabled={d.closed}
                      label={t('booking.staff.from')}
                      onChange={(open) => set(i(), { open })}
                    />
                  </td>
                  <td>
                    <TimeSelect
                      value={d.close}
                      disabled={d.closed}
                      label={t('booking.staff.to')}
                      onChange={(close) => set(i(), { close })}
                    />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={can('booking.capacity')} fallback={<p class="muted">{t('staff.readOnly')}</p>}>
          <button type="submit" class="btn btn-primary" disabled={action.busy()}>
            {t('booking.staff.save')}
          </button>
        </Show>
      </form>
      <FormStatus form={action} saved={t('booking.staff.saved')} />
    </section>
  );
}
