import { createSignal } from 'solid-js';
import { StaffApiError } from '../staff-api.ts';

/** Runs one staff action at a time, keeps its error in words, and tells the page to reload after. */
export function useAction(done: () => void) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [ok, setOk] = createSignal(false);
  async function run(act: () => Promise<unknown>) {
    setBusy(true);
    setError('');
    setOk(false);
    try {
      await act();
      setOk(true);
      done();
    } catch (e) {
      setError(e instanceof StaffApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, ok, run };
}
