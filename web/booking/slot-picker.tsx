import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { RecommendationReason, Slot } from '@shared/booking/slot.schema.ts';
import { fmtDateTime } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Icon } from '../ui/icon.tsx';
import { dateLabel, reasonText, timeText, whenText } from './booking-words.ts';
import { fetchSlots } from './booking.store.ts';

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
  const [data, { refetch }] = createResource(() => props.serviceTypeId, fetchSlots);
  const [day, setDay] = createSignal<string>();
  const days = () => data()?.body.days ?? [];
  const current = createMemo(() => {
    const list = days();
    return list.find((d) => d.date === day()) ?? list.find((d) => d.slots.some((s) => s.free > 0)) ?? list[0];
  });
  return (
    <div class="slot-picker">
      <Show when={data.loading && !data()}>
        <p class="muted">{t('booking.slots.loading')}</p>
      </Show>
      <Show when={data.error && !data()}>
        <p class="muted">
          {t('booking.slots.failed')}{' '}
          <Button variant="ghost" onClick={() => void refetch()}>
            {t('booking.slots.retry')}
          </Button>
        </p>
      </Show>
      <Show when={data()?.cachedAt}>
        {(at) => <p class="note">{t('booking.slots.cached', { time: fmtDateTime(at()) })}</p>}
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
                  aria-pressed={current()?.date === d.date}
                  onClick={() => setDay(d.date)}
                >
                  <span>{dateLabel(d.date)}</span>
                  <small>{d.closed ? t('booking.slots.closed') : full() ? t('booking.slots.full') : '\u00a0'}</small>
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
