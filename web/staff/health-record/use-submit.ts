import { createSignal } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { StaffApiError } from '../staff-api.ts';
import { HeicRefusedError } from './photo-upload.ts';

/** A form's submit state: busy, the error in words, and a "saved" note. */
export function useSubmit(onDone: () => void) {
  const t = useT();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [done, setDone] = createSignal(false);
  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await action();
      setDone(true);
      onDone();
    } catch (e) {
      if (e instanceof HeicRefusedError) setError(t('healthRecord.staff.heicRefused'));
      else if (e instanceof StaffApiError) setError(e.message);
      else setError(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, done, run };
}

/** "12.5" yuan → 1250 fen (empty → 0). */
export const fenOf = (yuan: string) => Math.round((Number.parseFloat(yuan || '0') || 0) * 100);
