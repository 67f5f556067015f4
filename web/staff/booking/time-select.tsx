import { For } from 'solid-js';
import { minuteText } from './staff-booking.ts';

/** Every half hour of the day, "00:00" … "24:00" (a closing time may be midnight). */
const HALF_HOURS = Array.from({ length: 49 }, (_, i) => minuteText(i * 30));

/**
 * A time of day picked from half hours and always written in 24 h ("08:30"), whatever the browser's
 * own locale would make of `<input type="time">` (08:30 AM in an English Chromium).
 */
export function TimeSelect(props: { value: string; label: string; disabled?: boolean; onChange: (v: string) => void }) {
  return (
    <select
      class="input sbk-time"
      aria-label={props.label}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      <For each={HALF_HOURS.includes(props.value) ? HALF_HOURS : [props.value, ...HALF_HOURS]}>
        {(h) => (
          <option value={h} selected={h === props.value}>
            {h}
          </option>
        )}
      </For>
    </select>
  );
}
