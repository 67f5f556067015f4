import { For, Show } from 'solid-js';
import { GRADE_SEVERITY } from '@shared/health-record/grading.ts';
import type { FindingView } from '@shared/health-record/record-view.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import type { Delivery } from '@shared/timeline/delivery.schema.ts';
import type { BillRow } from '../app/bill/bill.store.ts';
import { FinalBill } from '../app/bill/final-bill.tsx';
import { fmtDate, fmtDay } from '../app/center.ts';
import { intlLocale, pick, useT } from '../i18n/i18n.ts';
import { partShown, textShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';
import { Icon } from '../ui/icon.tsx';
import { Money } from '../ui/money.tsx';
import { FindingGrade } from './grade-badge.tsx';
import { RecordPhotos } from './photo-strip.tsx';
import { km } from './record-words.ts';

/** One visit: date, mileage, advisor, itemized parts and labour, total and payment, warranty, photos, findings. */
export function VisitCard(props: {
  visit: VisitView;
  findings: FindingView[];
  delivery?: Delivery | null;
  /** The final bill, on the owner's own record only (never on a buyer's share page). */
  bill?: BillRow | null;
}) {
  const t = useT();
  const v = () => props.visit;
  const money = (fen: number) => <Money fen={fen} locale={intlLocale()} />;
  return (
    <article class="card hr-visit" id={`visit-${v().id}`} data-testid="visit">
      <h3 class="hr-visit-title">
        {t('healthRecord.visitTitle', { date: fmtDate(v().checkedInAt), title: v().title })}
      </h3>
      <p class="muted hr-small">
        {t('healthRecord.km', { n: km(v().mileageKm) })}
        <Show when={v().advisorName}> · {t('healthRecord.advisor', { name: v().advisorName! })}</Show>
        <Show when={v().status !== 'delivered'}>
          {' '}
          · <strong>{v().status === 'ready' ? t('healthRecord.ready') : t('healthRecord.inProgress')}</strong>
        </Show>
      </p>
      <Show when={v().items.length > 0}>
        <table class="hr-items">
          <thead>
            <tr>
              <th scope="col">{t('healthRecord.item')}</th>
              <th scope="col" class="hr-num">
                {t('healthRecord.parts')}
              </th>
              <th scope="col" class="hr-num">
                {t('healthRecord.labour')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={v().items}>
              {(i) => (
                <tr>
                  <td>
                    {pick(i.title, i.titleEn)}
                    <Show when={i.partName}>
                      <br />
                      <span class="muted hr-small">{t('healthRecord.partReplaced', { name: i.partName! })}</span>
                    </Show>
                  </td>
                  <td class="hr-num">{money(i.partsFen)}</td>
                  <td class="hr-num">{money(i.labourFen)}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('healthRecord.total')}</th>
              <td class="hr-num" colspan="2" data-testid="visit-total">
                {v().totalFen === 0 ? t('healthRecord.free') : money(v().totalFen)}
              </td>
            </tr>
          </tfoot>
        </table>
      </Show>
      <Show when={v().paidFen > 0}>
        <p class="hr-small">
          {t('healthRecord.paid')} {money(v().paidFen)}
        </p>
      </Show>
      <Show when={props.bill}>
        {(bill) => (
          <details class="hr-bill" data-testid="visit-bill">
            <summary>{t('billing.title')}</summary>
            <FinalBill bill={bill()} headingLevel={4} />
          </details>
        )}
      </Show>
      <Show when={v().warrantyUntil}>
        <p class="hr-small">
          {t('healthRecord.workWarranty', { n: v().warrantyMonths, date: fmtDay(v().warrantyUntil!) })}
        </p>
      </Show>
      <RecordPhotos media={v().media} captions />
      <Show when={props.delivery}>
        {(d) => (
          <section class="hr-delivery" data-testid="visit-delivery">
            <h4>{t('healthRecord.deliveryTitle')}</h4>
            <ul>
              <For each={d().checks}>
                {(c) => (
                  <li>
                    <Icon name={c.confirmedAt ? 'check' : 'clock'} size={16} /> <Said shown={textShown(c.note)} />
                    <span class="muted hr-small">
                      {' '}
                      ·{' '}
                      {c.confirmedAt
                        ? t('healthRecord.deliveryConfirmed', { at: fmtDate(c.confirmedAt) })
                        : t('healthRecord.deliveryOpen')}
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <Show when={d().nextVisit}>
              {(n) => <p class="hr-small">{t('healthRecord.deliveryNext', { date: fmtDay(n().dueDate) })}</p>}
            </Show>
          </section>
        )}
      </Show>
      <Show when={props.findings.length > 0}>
        <ul class="hr-visit-findings">
          <For each={[...props.findings].sort((a, b) => GRADE_SEVERITY[b.grade] - GRADE_SEVERITY[a.grade])}>
            {(f) => (
              <li>
                <FindingGrade grade={f.grade} /> <Said shown={partShown(f.component)} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </article>
  );
}
