import { type Component, createMemo, For, Show } from 'solid-js';
import type { FindingView } from '@shared/health-record/record-view.schema.ts';
import type { VisitView } from '@shared/health-record/visit-view.schema.ts';
import { bookingLink, serviceForComponent } from '@shared/timeline/delivery.schema.ts';
import type { VisitProgress } from '@shared/timeline/timeline.schema.ts';
import type { Vehicle } from '@shared/vehicles/vehicle.schema.ts';
import type { BillRow } from '../app/bill/bill.store.ts';
import { FinalBill } from '../app/bill/final-bill.tsx';
import { fmtDateTime, fmtDay, useCenter } from '../app/center.ts';
import { intlLocale, pick, useT } from '../i18n/i18n.ts';
import { partShown, textShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';
import { LinkButton } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';
import { Money } from '../ui/money.tsx';
import { DeliveryChecklist } from './delivery-checklist.tsx';
import { FindingGrade } from './grade-badge.tsx';
import { EventPhotos } from './photo-strip.tsx';
import type { DeliveryRow } from './timeline.optimistic.ts';
import './delivery.css';

export type DeliverySection = Component<{ vehicleId: string; visitId: string }>;

/**
 * The delivery summary, the app's "end" moment (docs/ui.md moment 4, seed 001): what was done, before and
 * after, what was found and left for later (each bookable in one tap), the warranty, the next visit,
 * and the checklist the customer confirms. Reads the health record's visit and findings of this visit.
 */
export function DeliverySummary(props: {
  progress: VisitProgress;
  delivery: DeliveryRow;
  visit: VisitView | null;
  vehicle: Vehicle | null;
  findings: readonly FindingView[];
  /** The final bill (work, approved quote lines, deductions, paid): once the car is out of the workshop. */
  bill?: BillRow | null;
  /** Other features' sections (composed in web/routes.tsx), e.g. what the customer mentioned. */
  sections?: readonly DeliverySection[];
}) {
  const t = useT();
  const center = useCenter();
  const serviceName = (code: string) => {
    const s = center()?.serviceTypes.find((x) => x.code === code);
    return s ? pick(s.nameZh, s.nameEn) : code;
  };
  const photos = (role: string) => props.visit?.media.filter((m) => m.role === role) ?? [];
  const leftOpen = createMemo(() =>
    props.findings.filter((f) => f.visitId === props.progress.visitId && f.status !== 'fixed'),
  );
  const vehicleId = () => props.progress.vehicleId;
  return (
    <div class="dv" data-testid="delivery-summary">
      <section class="dv-hero">
        <p class="dv-hero-kicker">
          <Icon name="check" /> {t('timeline.delivery.title')}
        </p>
        <h2>{t('timeline.delivery.lead', { plate: props.vehicle?.plate ?? '', title: props.progress.title })}</h2>
        <Show when={props.delivery.note}>
          {(note) => <Said as="blockquote" class="dv-note" shown={textShown(note(), props.delivery.noteEn)} />}
        </Show>
        <p class="dv-advisor">{t('timeline.delivery.advisor', { name: props.delivery.advisorName })}</p>
      </section>

      {/* With the final bill the work is listed there, priced, beside the approved quote lines. */}
      <Show when={props.bill}>{(bill) => <FinalBill bill={bill()} />}</Show>
      <Show when={!props.bill && props.visit && props.visit.items.length > 0}>
        <Card title={t('timeline.delivery.done')}>
          <ul class="dv-items">
            <For each={props.visit!.items}>
              {(item) => (
                <li>
                  <span>{pick(item.title, item.titleEn)}</span>
                  <span class="muted dv-item-split">
                    {t('timeline.delivery.parts')} <Money fen={item.partsFen} locale={intlLocale()} /> ·{' '}
                    {t('timeline.delivery.labour')} <Money fen={item.labourFen} locale={intlLocale()} />
                  </span>
                  <strong>
                    <Money fen={item.partsFen + item.labourFen} locale={intlLocale()} />
                  </strong>
                </li>
              )}
            </For>
          </ul>
          <p class="dv-total">
            {t('timeline.delivery.total')} <Money fen={props.visit!.totalFen} locale={intlLocale()} />
          </p>
        </Card>
      </Show>

      <Show when={photos('before').length + photos('after').length > 0}>
        <Card title={t('timeline.delivery.beforeAfter')}>
          <div class="dv-ba">
            <div>
              <h3>{t('timeline.delivery.before')}</h3>
              <EventPhotos media={photos('before')} label={t('timeline.delivery.before')} />
            </div>
            <div>
              <h3>{t('timeline.delivery.after')}</h3>
              <EventPhotos media={photos('after')} label={t('timeline.delivery.after')} />
            </div>
          </div>
        </Card>
      </Show>

      <Card title={t('timeline.delivery.found')}>
        <Show when={leftOpen().length > 0} fallback={<p class="muted">{t('timeline.delivery.foundNone')}</p>}>
          <ul class="dv-found">
            <For each={leftOpen()}>
              {(f) => (
                <li data-testid="left-for-later">
                  <FindingGrade grade={f.grade} />
                  <Said as="strong" shown={partShown(f.component)} />
                  <Said
                    as="p"
                    class="muted"
                    shown={
                      f.recommendation ? textShown(f.recommendation, f.recommendationEn) : textShown(f.note, f.noteEn)
                    }
                  />
                  <LinkButton variant="secondary" href={bookingLink(vehicleId(), serviceForComponent(f.component))}>
                    {t('timeline.delivery.book')}
                  </LinkButton>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Card>

      {props.sections?.map((Section) => (
        <Section vehicleId={vehicleId()} visitId={props.progress.visitId} />
      ))}

      <Card title={t('timeline.delivery.warranty')}>
        <p>
          <Icon name="check" /> {t('timeline.delivery.warrantyMonths', { n: props.visit?.warrantyMonths ?? 12 })}
          <Show when={props.visit?.warrantyUntil}>
            {(until) => <> {t('timeline.delivery.warrantyUntil', { date: fmtDay(until()) })}</>}
          </Show>
        </p>
      </Card>

      <Show when={props.delivery.nextVisit}>
        {(next) => (
          <Card title={t('timeline.delivery.next')} class="dv-next">
            <p>
              <strong>{serviceName(next().serviceCode)}</strong> ·{' '}
              {t('timeline.delivery.nextOn', { date: fmtDay(next().dueDate) })}
            </p>
            <Show when={next().note}>{(note) => <Said as="p" class="muted" shown={textShown(note())} />}</Show>
            <LinkButton block href={bookingLink(vehicleId(), next().serviceCode)} data-testid="book-next">
              <Icon name="calendar" /> {t('timeline.delivery.bookNext')}
            </LinkButton>
          </Card>
        )}
      </Show>

      <DeliveryChecklist delivery={props.delivery} ready={props.progress.status !== 'in_progress'} />
      <Show when={props.progress.deliveredAt}>
        {(at) => <p class="muted dv-delivered">{t('timeline.status.delivered', { time: fmtDateTime(at()) })}</p>}
      </Show>
    </div>
  );
}
