import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import {
  type CapacityExceptionInput,
  CapacityExceptionInputSchema,
  type StaffBooking,
} from '@shared/booking/staff-booking.schema.ts';
import { pick, useT } from '../../i18n/i18n.ts';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';
import {
  addException,
  hhmm,
  loadCenter,
  loadDay,
  minuteText,
  parseMinute,
  removeException,
  shiftDate,
  todayIn,
} from './staff-booking.ts';
import { TimeSelect } from './time-select.tsx';
import './staff-booking.css';

/**
 * The day's plan per bay (what the customers booked, with the issues they typed), the published
 * exceptions of that day, and a form to publish one: a holiday, special hours, a bay out of service.
 */
export default function StaffBookingDay() {
  const t = useT();
  const can = useCan();
  const [center] = createResource(loadCenter);
  const tz = () => center()?.timeZone ?? 'Asia/Shanghai';
  const [date, setDate] = createSignal(todayIn('Asia/Shanghai'));
  const [day, { refetch }] = createResource(date, loadDay);
  const [conflicts, setConflicts] = createSignal<StaffBooking[]>([]);
  const action = useStaffForm(() => void refetch());
  const bays = createMemo(() => Array.from({ length: day()?.bays ?? 0 }, (_, i) => i + 1));
  const ofBay = (bay: number) => (day()?.bookings ?? []).filter((b) => b.bay === bay);

  const [kind, setKind] = createSignal<CapacityExceptionInput['kind']>('bay_out');
  const [bay, setBay] = createSignal(1);
  const [from, setFrom] = createSignal('08:30');
  const [to, setTo] = createSignal('12:00');
  const [reason, setReason] = createSignal('');
  const publish = (e: Event) => {
    e.preventDefault();
    const input: CapacityExceptionInput = {
      date: date(),
      kind: kind(),
      reason: reason(),
      ...(kind() === 'bay_out' ? { bay: bay() } : {}),
      ...(kind() !== 'closed' ? { fromMinute: parseMinute(from()), toMinute: parseMinute(to()) } : {}),
    };
    const labels = {
      reason: t('booking.staff.reason'),
      fromMinute: t('booking.staff.from'),
      toMinute: t('booking.staff.to'),
    };
    void action.send(
      CapacityExceptionInputSchema,
      input,
      async (valid) => {
        const r = await addException(valid);
        setConflicts(r.conflicts);
        setReason('');
      },
      labels,
    );
  };

  return (
    <section class="sbk">
      <div class="row sbk-head">
        <h1>{t('booking.staff.title')}</h1>
        <button
          type="button"
          class="btn btn-ghost"
          onClick={() => setDate(shiftDate(date(), -1))}
          aria-label={t('booking.staff.prev')}
        >
          ‹
        </button>
        <input
          class="input sbk-date"
          type="date"
          value={date()}
          onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
          aria-label={t('booking.staff.date')}
        />
        <button
          type="button"
          class="btn btn-ghost"
          onClick={() => setDate(shiftDate(date(), 1))}
          aria-label={t('booking.staff.next')}
        >
          ›
        </button>
        <Show when={can('booking.propose')}>
          <A class="btn btn-secondary" href="/staff/booking/propose">
            {t('booking.staff.propose')}
          </A>
        </Show>
        <A class="btn btn-ghost" href="/staff/booking/capacity">
          {t('booking.staff.capacity')}
        </A>
      </div>
      <Show when={day()} fallback={<p class="muted">{day.error ? t('errors.unavailable') : t('app.loading')}</p>}>
        {(d) => (
          <>
            <p class="muted" data-testid="staff-day-hours">
              {d().open === null
                ? t('booking.staff.closed')
                : t('booking.staff.hours', {
                    open: minuteText(d().open!),
                    close: minuteText(d().close!),
                    n: d().bays,
                  })}{' '}
              · {t('booking.staff.count', { n: d().bookings.filter((b) => b.status === 'confirmed').length })}
            </p>
            <div class="sbk-bays" data-testid="staff-bays">
              <For each={bays()}>
                {(n) => (
                  <div class="sbk-bay">
                    <h2>{t('booking.confirmed.bayN', { n })}</h2>
                    <For each={ofBay(n)} fallback={<p class="muted">—</p>}>
                      {(b) => (
                        <article class={`sbk-booking sbk-${b.status}`} data-testid="staff-booking">
                          <strong>
                            {hhmm(b.startsAt, tz())}–{hhmm(b.endsAt, tz())}
                          </strong>
                          <span>
                            <A href={`/staff/customers/${b.customerId}`}>{b.customerName}</A> · {b.plate}
                          </span>
                          <span>{pick(b.serviceName.zh, b.serviceName.en)}</span>
                          <Show when={b.issues}>
                            <span class="sbk-issues">{b.issues}</span>
                          </Show>
                          <Show when={b.status !== 'confirmed'}>
                            <span class="muted">{t(`booking.status.${b.status}`)}</span>
                          </Show>
                        </article>
                      )}
                    </For>
                  </div>
                )}
              </For>
            </div>
            <h2>{t('booking.staff.exceptions')}</h2>
            <ul class="sbk-exceptions">
              <For each={d().exceptions} fallback={<li class="muted">{t('booking.staff.noExceptions')}</li>}>
                {(e) => (
                  <li data-testid="staff-exception">
                    {t(`booking.staff.kind.${e.kind}`)}
                    {e.bay ? ` · ${t('booking.confirmed.bayN', { n: e.bay })}` : ''}
                    {e.fromMinute !== null && e.toMinute !== null
                      ? ` · ${minuteText(e.fromMinute)}–${minuteText(e.toMinute)}`
                      : ''}{' '}
                    · {e.reason}{' '}
                    <Show when={can('booking.exceptions')}>
                      <button
                        type="button"
                        class="btn btn-ghost"
                        onClick={() => void action.run(() => removeException(e.id))}
                      >
                        {t('booking.staff.withdraw')}
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <Show when={can('booking.exceptions')}>
              <form class="sbk-form" onSubmit={publish}>
                <label class="field">
                  <span>{t('booking.staff.kindLabel')}</span>
                  <select
                    class="input"
                    value={kind()}
                    onChange={(e) => setKind(e.currentTarget.value as CapacityExceptionInput['kind'])}
                  >
                    <option value="bay_out">{t('booking.staff.kind.bay_out')}</option>
                    <option value="closed">{t('booking.staff.kind.closed')}</option>
                    <option value="hours">{t('booking.staff.kind.hours')}</option>
                  </select>
                </label>
                <Show when={kind() === 'bay_out'}>
                  <label class="field">
                    <span>{t('booking.confirmed.bay')}</span>
                    <select class="input" value={bay()} onChange={(e) => setBay(Number(e.currentTarget.value))}>
                      <For each={bays()}>{(n) => <option value={n}>{n}</option>}</For>
                    </select>
                  </label>
                </Show>
                <Show when={kind() !== 'closed'}>
                  <div class="field">
                    <span aria-hidden="true">{t('booking.staff.from')}</span>
                    <TimeSelect value={from()} label={t('booking.staff.from')} onChange={setFrom} />
                  </div>
                  <div class="field">
                    <span aria-hidden="true">{t('booking.staff.to')}</span>
                    <TimeSelect value={to()} label={t('booking.staff.to')} onChange={setTo} />
                  </div>
                </Show>
                <label class="field sbk-reason">
                  <span>{t('booking.staff.reason')}</span>
                  <input
                    class="input"
                    required
                    maxLength={200}
                    value={reason()}
                    onInput={(e) => setReason(e.currentTarget.value)}
                  />
                </label>
                <button type="submit" class="btn btn-primary" disabled={action.busy()}>
                  {t('booking.staff.publish')}
                </button>
              </form>
            </Show>
            <FormStatus form={action} />
            <Show when={conflicts().length > 0}>
              <div class="sbk-conflicts" role="alert">
                <p>{t('booking.staff.conflicts', { n: conflicts().length })}</p>
                <ul>
                  <For each={conflicts()}>
                    {(b) => (
                      <li>
                        {hhmm(b.startsAt, tz())} · {b.customerName} {b.phoneMasked} · {b.plate}
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
