/**
 * Staff console: one vehicle's health record — record a visit (itemized lines, payment), findings
 * (grade, measurement, note, photo from the camera), readings and work photos; below, the record as
 * the customer sees it. Every save reaches the customer's open app live (the server publishes it).
 */
import { useParams } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { call, staffApi } from '../staff-client.ts';
import { useCan } from '../staff-role.ts';
import { FindingForm } from './finding-form.tsx';
import { ReadingsForm } from './readings-form.tsx';
import { RecordTables } from './record-tables.tsx';
import { VisitForm } from './visit-form.tsx';
import { VisitPhotoForm } from './visit-photo-form.tsx';
import './staff-health-record.css';

export default function StaffVehicleRecordScreen() {
  const t = useT();
  const can = useCan();
  const params = useParams();
  const [record, { refetch }] = createResource(
    () => params.id,
    (id) => call(staffApi['health-record'].vehicles[':id'].$get({ param: { id } })),
  );
  const visitsNewestFirst = () => [...(record()?.visits ?? [])].reverse();
  return (
    <Show when={record()} fallback={<p class="muted">{record.error ? t('errors.not_found') : t('app.loading')}</p>}>
      {(r) => (
        <section class="hr-staff">
          <h1>
            {r().vehicle.plate} <span class="muted">{r().vehicle.model}</span>
          </h1>
          <p>
            {t('healthRecord.staff.customer', { name: r().vehicle.customerName })} ·{' '}
            {t('healthRecord.km', { n: r().vehicle.mileageKm.toLocaleString() })}
          </p>
          <Show when={can('healthRecord.recordVisit')}>
            <VisitForm vehicleId={r().vehicle.id} mileageKm={r().vehicle.mileageKm} onSaved={() => void refetch()} />
          </Show>
          <Show when={r().visits.length > 0}>
            <FindingForm
              visits={visitsNewestFirst()}
              english={r().vehicle.customerLocale === 'en'}
              onSaved={() => void refetch()}
            />
            <ReadingsForm visits={visitsNewestFirst()} onSaved={() => void refetch()} />
            <VisitPhotoForm visits={visitsNewestFirst()} onSaved={() => void refetch()} />
          </Show>
          <RecordTables visits={visitsNewestFirst()} findings={r().findings} onChanged={() => void refetch()} />
        </section>
      )}
    </Show>
  );
}
