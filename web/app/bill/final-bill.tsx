import { For, Show } from 'solid-js';
import type { BillDeduction, BillLine } from '@shared/billing/final-bill.ts';
import { intlLocale, pick, useT } from '../../i18n/i18n.ts';
import { Money } from '../../ui/money.tsx';
import type { BillRow } from './bill.store.ts';
import { FapiaoSection } from './fapiao-section.tsx';
import './bill.css';

/**
 * The final bill ([O] 15): the visit's work and the quote lines the customer approved, each with parts
 * and labour, then every deduction as its own line (the member discount, vouchers, points), what was
 * due and what was paid, and the receipt request. Computed by the server (shared/billing/final-bill.ts);
 * the screen only shows it. Used by the delivery summary and the health record's visit entry.
 */
export function FinalBill(props: { bill: BillRow; headingLevel?: 2 | 4 }) {
  const t = useT();
  const money = (fen: number) => <Money fen={fen} locale={intlLocale()} />;
  const b = () => props.bill;
  const work = () => b().lines.filter((l) => l.source === 'work');
  const quoted = () => b().lines.filter((l) => l.source === 'quote');
  const deductionLabel = (d: BillDeduction) => {
    if (d.kind === 'member_discount')
      return t('billing.memberDiscount', {
        tier: t(`membership.tierShort.${d.tier}`),
        pct: d.pct,
        off: String((100 - d.pct) / 10),
      });
    if (d.kind === 'delay_discount') return t('billing.delayDiscount', { pct: d.pct, off: String((100 - d.pct) / 10) });
    if (d.kind === 'voucher') return t(`billing.voucher.${d.voucherKind as 'wash'}`);
    return t('billing.points', { points: d.points });
  };
  const group = (title: string, lines: BillLine[]) => (
    <Show when={lines.length > 0}>
      <tbody>
        <tr class="bill-group">
          <th scope="rowgroup" colspan="2">
            {title}
          </th>
        </tr>
        <For each={lines}>
          {(l) => (
            <tr data-testid="bill-line">
              <th scope="row">
                {pick(l.title, l.titleEn)}
                <span class="muted bill-split">
                  {t('billing.parts')} {money(l.partsFen)} · {t('billing.labour')} {money(l.labourFen)}
                </span>
              </th>
              <td class="bill-num">{money(l.totalFen)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </Show>
  );
  const Heading = (p: { children: string }) =>
    props.headingLevel === 4 ? <h4>{p.children}</h4> : <h2>{p.children}</h2>;
  return (
    <section
      class={props.headingLevel === 4 ? 'bill' : 'card bill'}
      data-testid="final-bill"
      aria-label={t('billing.title')}
    >
      <Heading>{t('billing.title')}</Heading>
      <table class="bill-table">
        {group(t('billing.work'), work())}
        {group(t('billing.quoted'), quoted())}
        <tbody>
          <tr class="bill-sum">
            <th scope="row">{t('billing.subtotal')}</th>
            <td class="bill-num">{money(b().subtotalFen)}</td>
          </tr>
          <For each={b().deductions}>
            {(d) => (
              <tr data-testid="bill-deduction">
                <th scope="row">{deductionLabel(d)}</th>
                <td class="bill-num">−{money(d.fen)}</td>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr class="bill-due">
            <th scope="row">{t('billing.due')}</th>
            <td class="bill-num" data-testid="bill-due">
              {money(b().dueFen)}
            </td>
          </tr>
          <Show when={b().paidFen > 0}>
            <tr>
              <th scope="row">
                {b().paymentMethod
                  ? t('billing.paid', { method: t(`billing.methods.${b().paymentMethod as 'wechat'}`) })
                  : t('billing.paidPlain')}
              </th>
              <td class="bill-num" data-testid="bill-paid">
                {money(b().paidFen)}
              </td>
            </tr>
          </Show>
          <Show when={b().outstandingFen > 0 && b().paidFen > 0}>
            <tr>
              <th scope="row">{t('billing.outstanding')}</th>
              <td class="bill-num">{money(b().outstandingFen)}</td>
            </tr>
          </Show>
        </tfoot>
      </table>
      <Show when={b().paidFen === 0 && b().dueFen > 0}>
        <p class="muted">{t('billing.notPaid')}</p>
      </Show>
      <FapiaoSection bill={b()} headingLevel={props.headingLevel === 4 ? 5 : 3} />
    </section>
  );
}
