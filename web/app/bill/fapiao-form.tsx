import { createSignal, For, Show } from 'solid-js';
import * as v from 'valibot';
import { type FapiaoRequestView, RequestFapiaoArgsSchema } from '@shared/billing/fapiao.schema.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { requestFapiao } from './bill.store.ts';

type Field = 'name' | 'companyName' | 'taxpayerId' | 'email';

/**
 * The receipt request form: personal or company title (company name and taxpayer id, checked with
 * the same schema the server uses, so a typo is caught here and never queued) and the email to send
 * it to. Submitting queues 'bill.requestFapiao' in the outbox: it works offline and is sent once.
 */
export function FapiaoForm(props: {
  visitId: string;
  initial: FapiaoRequestView | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const init = props.initial?.title;
  const [kind, setKind] = createSignal<'personal' | 'company'>(init?.kind ?? 'personal');
  const [values, setValues] = createSignal<Record<Field, string>>({
    name: init?.kind === 'personal' ? init.name : '',
    companyName: init?.kind === 'company' ? init.companyName : '',
    taxpayerId: init?.kind === 'company' ? init.taxpayerId : '',
    email: props.initial?.email ?? '',
  });
  const [problems, setProblems] = createSignal<Partial<Record<Field, string>>>({});
  const [refused, setRefused] = createSignal<string | null>(null);
  const set = (f: Field, value: string) => {
    setValues({ ...values(), [f]: value });
    setProblems({ ...problems(), [f]: undefined });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const x = values();
    const args = {
      visitId: props.visitId,
      title:
        kind() === 'company'
          ? { kind: 'company', companyName: x.companyName, taxpayerId: x.taxpayerId }
          : { kind: 'personal', name: x.name },
      email: x.email,
    };
    const parsed = v.safeParse(RequestFapiaoArgsSchema, args);
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.issues) {
        const key = (issue.path?.at(-1)?.key ?? '') as Field;
        if (key in values()) found[key] ??= t(`billing.fapiao.bad.${key}`);
      }
      setProblems(found);
      return;
    }
    try {
      await requestFapiao(parsed.output);
      props.onDone();
    } catch (error) {
      setRefused(t('billing.fapiao.refused', { reason: String(error) }));
    }
  };
  const field = (f: Field, label: string, type: 'text' | 'email', extra: { hint?: string; auto?: string } = {}) => (
    <label class="bill-field">
      <span>{label}</span>
      <input
        type={type}
        name={f}
        autocomplete={extra.auto ?? 'off'}
        value={values()[f]}
        aria-invalid={problems()[f] ? 'true' : undefined}
        aria-describedby={`fapiao-${f}-note`}
        onInput={(e) => set(f, e.currentTarget.value)}
      />
      <Show when={problems()[f] ?? extra.hint}>
        {(note) => (
          <span id={`fapiao-${f}-note`} class={problems()[f] ? 'bill-problem' : 'muted'}>
            {note()}
          </span>
        )}
      </Show>
    </label>
  );
  return (
    <form class="bill-fapiao" onSubmit={(e) => void submit(e)} novalidate>
      <fieldset>
        <legend>{t('billing.fapiao.kind')}</legend>
        <For each={['personal', 'company'] as const}>
          {(k) => (
            <label class="bill-choice">
              <input type="radio" name="fapiao-kind" checked={kind() === k} onChange={() => setKind(k)} />
              {t(`billing.fapiao.${k}`)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={kind() === 'company'} fallback={field('name', t('billing.fapiao.name'), 'text', { auto: 'name' })}>
        {field('companyName', t('billing.fapiao.companyName'), 'text', { auto: 'organization' })}
        {field('taxpayerId', t('billing.fapiao.taxpayerId'), 'text', { hint: t('billing.fapiao.taxpayerHint') })}
      </Show>
      {field('email', t('billing.fapiao.email'), 'email', { auto: 'email' })}
      <Show when={refused()}>
        <p class="bill-problem" role="alert">
          {refused()}
        </p>
      </Show>
      <Button type="submit" block>
        {t('billing.fapiao.submit')}
      </Button>
      <Button variant="ghost" onClick={() => props.onCancel()}>
        {t('billing.fapiao.cancel')}
      </Button>
    </form>
  );
}
