import { createResource, For, Show } from 'solid-js';
import type { BillView } from '@shared/billing/bill-view.ts';
import { PAYMENT_METHODS } from '@shared/health-record/record-codes.schema.ts';
import type { VoucherView } from '@shared/membership/vouchers.ts';
import { formatFen } from '@shared/money.ts';
import { useT } from '../../i18n/i18n.ts';
import { useStaffForm } from '../form/use-staff-form.ts';
import { call, staffApi } from '../staff-client.ts';

const yuanOf = (fen: number) => (fen / 100).toFixed(2);
const fenOf = (yuan: string) => Math.round((Number.parseFloat(yuan || '0') || 0) * 100);

/**
 * The front desk's payment step: the final bill's amount due (the server's calculation, with the
 * member discount already off), the customer's usable vouchers — each used with one press, once, and
 * shown on the bill as its own line — and the payment received.
 */
export function PaymentForm(props: { visitId: string; onDone: () => void }) {
  const t = useT();
  const [bill, { refetch: reloadBill }] = createResource(
    () => props.visitId,
    (id): Promise<BillView> => call(staffApi.billing.visits[':id'].$get({ param: { id } })),
  );
  const [vouchers, { refetch: reloadVouchers }] = createResource(
    () => props.visitId,
    (id): Promise<VoucherView[]> => call(staffApi.membership.visits[':id'].vouchers.$get({ param: { id } })),
  );
  const reload = () => {
    void reloadBill();
    void reloadVouchers();
    props.onDone();
  };
  const action = useStaffForm(reload);
  const money = (fen: number) => formatFen(fen, 'zh-CN');
  const use = (voucherId: string) =>
    void action.run(() =>
      call(staffApi.membership.vouchers.use.$post({ json: { visitId: props.visitId, voucherId } })),
    );
  function record(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const payment = {
      paidFen: fenOf(String(data.get('amount') ?? '')),
      method: String(data.get('method')) as (typeof PAYMENT_METHODS)[number],
    };
    void action.run(() =>
      call(staffApi['health-record'].visits[':id'].$post({ param: { id: props.visitId }, json: { payment } })),
    );
  }
  return (
    <section class="stl-card stl-form" aria-labelledby="stl-pay" data-testid="payment-form">
      <h2 id="stl-pay">{t('billing.staff.title')}</h2>
      <Show when={bill()}>
        {(b) => (
          <>
            <p data-testid="staff-bill-due">
              {t('billing.staff.due', {
                amount: money(b().dueFen),
                subtotal: money(b().subtotalFen),
                off: money(b().subtotalFen - b().dueFen),
              })}
            </p>
            <Show when={b().paidFen > 0}>
              <p>{t('billing.staff.paidAlready', { amount: money(b().paidFen) })}</p>
            </Show>
          </>
        )}
      </Show>
      <h3>{t('billing.staff.vouchers')}</h3>
      <Show when={(vouchers() ?? []).length > 0} fallback={<p class="muted">{t('billing.staff.noVouchers')}</p>}>
        <div class="row">
          <For each={vouchers()}>
            {(x) => (
              <button type="button" class="btn btn-secondary" disabled={action.busy()} onClick={() => use(x.id)}>
                {t('billing.staff.use', {
                  name: t(`billing.voucher.${x.kind}` as 'billing.voucher.wash'),
                  amount: money(x.valueFen),
                })}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={bill()} keyed>
        {(b) => (
          <form onSubmit={record}>
            <label>
              {t('billing.staff.amount')}
              <input
                class="input"
                name="amount"
                inputmode="decimal"
                required
                value={yuanOf(Math.max(0, b.dueFen - b.paidFen) || b.paidFen)}
              />
            </label>
            <label>
              {t('billing.staff.method')}
              <select class="input" name="method">
                <For each={PAYMENT_METHODS}>{(m) => <option value={m}>{t(`billing.methods.${m}`)}</option>}</For>
              </select>
            </label>
            <button type="submit" class="btn btn-primary" disabled={action.busy()}>
              {t('billing.staff.record')}
            </button>
          </form>
        )}
      </Show>
      <Show when={action.error()}>
        <p class="error-text" role="alert">
          {action.error()}
        </p>
      </Show>
      <Show when={action.ok()}>
        <span class="muted" role="status">
          {t('billing.staff.recorded')}
        </span>
      </Show>
    </section>
  );
}
