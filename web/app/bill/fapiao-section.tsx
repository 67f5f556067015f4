import { createSignal, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import type { BillRow } from './bill.store.ts';
import { FapiaoForm } from './fapiao-form.tsx';

/** The bill's receipt part: what was requested (and whether it has reached the center yet), or the form. */
export function FapiaoSection(props: { bill: BillRow; headingLevel: 3 | 5 }) {
  const t = useT();
  const [editing, setEditing] = createSignal(false);
  const f = () => props.bill.fapiao;
  const titleText = () => {
    const x = f()!.title;
    return x.kind === 'company' ? `${x.companyName}（${x.taxpayerId}）` : x.name;
  };
  return (
    <div class="bill-fapiao" data-testid="fapiao">
      {props.headingLevel === 5 ? <h5>{t('billing.fapiao.title')}</h5> : <h3>{t('billing.fapiao.title')}</h3>}
      <Show
        when={!editing() && f()}
        fallback={
          <Show
            when={editing()}
            fallback={
              <>
                <p class="muted">{t('billing.fapiao.lead')}</p>
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('billing.fapiao.open')}
                </Button>
              </>
            }
          >
            <FapiaoForm
              visitId={props.bill.visitId}
              initial={f()}
              onDone={() => setEditing(false)}
              onCancel={() => setEditing(false)}
            />
          </Show>
        }
      >
        <p data-testid="fapiao-requested" role="status">
          {t('billing.fapiao.requested', { title: titleText(), email: f()!.email })}
        </p>
        <Show when={props.bill._pending}>
          <p class="muted">{t('billing.fapiao.pending')}</p>
        </Show>
        <Button variant="ghost" onClick={() => setEditing(true)}>
          {t('billing.fapiao.change')}
        </Button>
      </Show>
    </div>
  );
}
