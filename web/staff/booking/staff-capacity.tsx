import { createEffect, createResource, createSignal, For, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { useAction } from '../timeline/use-action.ts';
import { loadCenter, minuteText, parseMinute, saveCapacity } from './staff-booking.ts';
import './staff-booking.css';

type Day = { open: string; close: string; closed: boolean };

/** The weekly capacity (manager): bays and opening hours per weekday. */
export default function StaffCapacity() {
  const t = useT();
  const [center, { refetch }] = createResource(loadCenter);
  const [bays, setBays] = createSignal(6);
  const [week, setWeek] = createSignal<Day[]>([]);
  const action = useAction(() => void refetch());
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
    void action.run(() =>
      saveCapacity({
        bays: bays(),
        openingHours: week().map((d) => (d.closed ? null : { open: parseMinute(d.open), close: parseMinute(d.close) })),
      }),
    );
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
                    <input
                      class="input"
                      type="time"
                      step="1800"
                      disabled={d.closed}
                      value={d.open}
                      onChange={(e) => set(i(), { open: e.currentTarget.value })}
                      aria-label={t('booking.staff.from')}
                    />
                  </td>
                  <td>
                    <input
                      class="input"
                      type="time"
                      step="1800"
                      disabled={d.closed}
                      value={d.close}
                      onChange={(e) => set(i(), { close: e.currentTarget.value })}
                      aria-label={t('booking.staff.to')}
                    />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <button type="submit" class="btn btn-primary" disabled={action.busy()}>
          {t('booking.staff.save')}
        </button>
      </form>
      <Show when={action.error()}>
        <p class="error-text" role="alert">
          {action.error()}
        </p>
      </Show>
      <Show when={action.ok()}>
        <p role="status">{t('booking.staff.saved')}</p>
      </Show>
    </section>
  );
}
