/**
 * The one submit helper of every staff form: one action at a time, the input checked against the
 * shared valibot schema before anything is sent, and any refusal (a schema issue here, or the
 * server's error code) in words in the staff's language — never the server's English message.
 */
import { createSignal } from 'solid-js';
import * as v from 'valibot';
import type { AppErrorCode } from '@shared/errors.ts';
import { useT } from '../../i18n/i18n.ts';
import { ApiError } from '../../sync/api.ts';

/** A refusal decided in the browser before sending (e.g. a photo format); `wordsKey` is its catalog key. */
export class LocalRefusal extends Error {
  override name = 'LocalRefusal';
  constructor(readonly wordsKey: string) {
    super(wordsKey);
  }
}

type Code = AppErrorCode | 'network';
type Lookup = (key: string, args?: Record<string, string | number>) => string | undefined;

/** Words for a failed action: the staff wording of a code if it has one, else the app's (errors.*). */
export function refusalWords(t: Lookup, e: unknown, words: Partial<Record<Code, string>> = {}): string {
  if (e instanceof LocalRefusal) return t(e.wordsKey) ?? t('errors.invalid') ?? '';
  const code: Code = e instanceof ApiError ? e.code : 'unavailable';
  return words[code] ?? t(`staff.refused.${code}`) ?? t(`errors.${code}`) ?? t('errors.unavailable') ?? '';
}

export type StaffForm = ReturnType<typeof useStaffForm>;

export function useStaffForm(
  onDone: () => void = () => undefined,
  options: { words?: Partial<Record<Code, string>> } = {},
) {
  const t = useT() as unknown as Lookup;
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [done, setDone] = createSignal(false);

  /** Runs an already-checked action; resolves true when it succeeded. */
  async function run(act: () => Promise<unknown>): Promise<boolean> {
    if (busy()) return false;
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await act();
      setDone(true);
      onDone();
      return true;
    } catch (e) {
      if (!(e instanceof ApiError) && !(e instanceof LocalRefusal)) console.warn('staff action failed', e);
      setError(refusalWords(t, e, options.words));
      return false;
    } finally {
      setBusy(false);
    }
  }

  /**
   * Checks `input` with the route's shared schema, then sends the parsed value. `labels` names the
   * form's fields (by the schema's path) so a refusal here can say which field to fix.
   */
  async function send<S extends v.GenericSchema>(
    schema: S,
    input: v.InferInput<S>,
    act: (valid: v.InferOutput<S>) => Promise<unknown>,
    labels: Record<string, string> = {},
  ): Promise<boolean> {
    const parsed = v.safeParse(schema, input);
    if (!parsed.success) {
      setDone(false);
      const path = v.getDotPath(parsed.issues[0]) ?? '';
      const field = labels[path] ?? labels[path.split('.')[0] ?? ''];
      setError(field ? (t('staff.form.invalidField', { field }) ?? field) : (t('errors.invalid') ?? ''));
      return false;
    }
    return run(() => act(parsed.output));
  }

  return { busy, error, done, ok: done, run, send };
}
