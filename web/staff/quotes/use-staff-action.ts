import { createSignal } from 'solid-js';
import { StaffApiError } from '../staff-api.ts';

/** Runs one staff action at a time and keeps its error in words; `done` runs after success. */
export function useStaffAction(done: () => void) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  async function run(act: () => Promise<unknown>) {
    setBusy(true);
    setError('');
    try {
      await act();
      done();
    } catch (e) {
      setError(e instanceof StaffApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
