import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { isPriorityDay, PriorityNote } from './priority-note.tsx';
import type { RecommendationReason, Slot } from '@shared/booking/slot.schema.ts';
import { fmtDateTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Icon } from '../ui/icon.tsx';
import { dateLabel, reasonText, timeText, whenText } from './booking-words.ts';
import { fetchSlots, type SlotAnswer } from './slot-cache.ts';

type Load = { state: 'loading' } | { state: 'ready'; answer: SlotAnswer } | { state: 'offline' } | { state: 'failed' };

/**
 * The slots as plain signals, not a resource: a resource read under a Suspense boundary suspends
 * that boundary (and an errored one throws), so a failed request once blanked the whole screen.
 * Here loading, offline and failure are states the picker words itself, and it retries by itself
 * when the network comes back.
 */
function loadSlots(serviceTypeId: () => string) {
  const [load, setLoad] = createSignal<Load>({ state: 'loading' });
  let run = 0;
  const refetch = async () => {
    const mine = ++run;
    const id = serviceTypeId();
    if (load().state !== 'ready') setLoad({ state: 'loading' });
    try {
      const answer = await fetchSlots(id);
      if (mine === run) setLoad({ state: 'ready', answer });
    } catch (e) {
      if (mine !== run) return;
      const offline = !navigator.onLine || (e as { code?: string }).code === 'network';
      setLoad({ state: offline ? 'offline' : 'failed' });
    }
  };
  createEffect(on(serviceTypeId, () => void refetch()));
  const online = () => {
    const l = load();
    if (l.state !== 'ready' || l.answer.cachedAt) void refetch();
  };
  addEventListener('online', online);
  onCleanup(() => removeEventListener('online', online));
  const data = () => {
    const l = load();
    return l.state === 'ready' ? l.answer : undefined;
  };
  return { load, data, refetch };
}

/**
 * Choosing a time: the recommended slots first, each with its reason in words, then a strip of
 * days and that day's slots (full ones shown, not hidden, so the customer sees why).
 */
export function SlotPicker(props: {
  serviceTypeId: string;
  selected: string | null;
  onSelect: (slot: Slot, reason: RecommendationReason | null) => void;
}) {
  const t = useT();
  const { load, data, refetch } = loadSlots(() => props.serviceTypeId);
  const [day, setDay] = createSignal<string>();
  const days = () => data()?.body.days ?? [];
  const current = createMemo(() => {
    const list = days();
    return list.find((d) => d.date === day()) ?? list.find((d) => d.slots.some((s) => s.free > 0)) ?? list[0];
  });
  return (
    <div class="slot-picker">
      <Show when={load().state === 'loading'}>
        <p class="muted" role="status">
          {t('booking.slots.loading')}
        </p>
      </Show>
      <Show when={load().state === 'offline' || load().state === 'failed'}>
        <div class="slots-unavailable" role="status" data-testid="slots-unavailable">
          <p>{load().state === 'offline' ? t('booking.slots.needConnection') : t('booking.slots.failed')}</p>
          <Button variant="ghost" onClick={() => void refetch()}>
            {t('booking.slots.retry')}
          </Button>
        </div>
      </Show>
      <Show when={data()?.cachedAt}>
        {(at) => (
          <p class="note" data-testid="slots-cached">
            {t('booking.slots.cached', { time: fmtDateTime(at()) })}
          </p>
        )}
      </Show>
      <Show when={(data()?.body.recommended ?? []).length > 0}>
        <h3 class="slot-heading">{t('booking.slots.recommended')}</h3>
        <ul class="recs">
          <For each={data()!.body.recommended}>
            {(r) => (
              <li>
                <button
                  type="button"
                  class="rec"
                  data-testid="recommended-slot"
                  aria-pressed={props.selected === r.startsAt}
                  onClick={() => props.onSelect(r, r.reason)}
                >
                  <span class="rec-when">{whenText(r.startsAt)}</span>
                  <Show when={reasonText(t, r.reason)}>
                    {(words) => (
                      <span class="rec-reason">
                        <Icon name="star" size={16} /> {words()}
                      </span>
                    )}
                  </Show>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={days().length > 0}>
        <h3 class="slot-heading">{t('booking.slots.pickDay')}</h3>
        <PriorityNote body={data()?.body} />
        <div class="day-strip">
          <For each={days()}>
            {(d) => {
              const full = () => !d.closed && !d.slots.some((s) => s.free > 0);
              return (
                <button
                  type="button"
                  class="day"
                  data-testid="day"
                  data-date={d.date}
                  data-priority={isPriorityDay(data()?.body, d.date) ? 'true' : undefined}
                  aria-pressed={current()?.date === d.date}
                  onClick={() => setDay(d.date)}
                >
                  <span>{dateLabel(d.date)}</span>
                  <small>
                    {d.closed
                      ? t('booking.slots.closed')
                      : full()
                        ? t('booking.slots.full')
                        : isPriorityDay(data()?.body, d.date)
                          ? t('membership.booking.priorityDay')
                          : '\u00a0'}
                  </small>
                </button>
              );
            }}
          </For>
        </div>
        <Show when={current()}>
          {(d) => (
            <Show
              when={!d().closed}
              fallback={
                <p class="muted">
                  {t('booking.slots.closed')}
                  {d().note ? `（${d().note}）` : ''}
                </p>
              }
            >
              <Show
                when={d().slots.some((s) => s.free > 0)}
                fallback={<p class="muted">{t('booking.slots.noneThatDay')}</p>}
              >
                <div class="slot-grid">
                  <For each={d().slots}>
                    {(s) => (
                      <button
                        type="button"
                        class="slot"
                        data-testid="slot"
                        data-starts-at={s.startsAt}
                        disabled={s.free <= 0}
                        aria-pressed={props.selected === s.startsAt}
                        onClick={() => props.onSelect(s, null)}
                      >
                        <span class="slot-time">{timeText(s.startsAt)}</span>
                        <small>{s.free > 0 ? t('booking.slots.free', { n: s.free }) : t('booking.slots.full')}</small>
                      </button>
                    )}
                  </For>
                </div>
              </Show>
            </Show>
          )}
        </Show>
      </Show>
    </div>
  );
}
