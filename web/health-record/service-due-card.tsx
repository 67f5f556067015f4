import type { ServiceDue } from '@shared/health-record/service-due.ts';
import { fmtDay } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { LinkButton } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { km } from './record-words.ts';

/** Next service by time or mileage, whichever first, with one tap into booking. */
export function ServiceDueCard(props: { due: ServiceDue; vehicleId: string }) {
  const t = useT();
  const line = () =>
    props.due.by === 'mileage'
      ? t('healthRecord.nextServiceBy.mileage', { km: km(props.due.dueKm), date: fmtDay(props.due.dueDate) })
      : t('healthRecord.nextServiceBy.time', { date: fmtDay(props.due.dueDate) });
  return (
    <Card title={t('healthRecord.nextService')} data-testid="service-due" class="hr-no-print-break">
      <p class="hr-due">{props.due.overdue ? t('healthRecord.headline.serviceOverdue') : line()}</p>
      <p class="muted hr-small">{t('healthRecord.nextServiceRule')}</p>
      <LinkButton href={`/booking?vehicle=${props.vehicleId}`} block class="hr-no-print">
        {t('healthRecord.book')}
      </LinkButton>
    </Card>
  );
}
