import { Show } from 'solid-js';
import type { FindingView } from '@shared/health-record/record-view.schema.ts';
import { fmtDate } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { partShown, textShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';
import { FindingGrade } from './grade-badge.tsx';
import { RecordPhotos } from './photo-strip.tsx';
import { measure } from './record-words.ts';

/** One finding: grade (icon + word + colour), component, measurement, note, advice, status, photos. */
export function FindingItem(props: { finding: FindingView; fixedAt?: string | undefined }) {
  const t = useT();
  const f = () => props.finding;
  return (
    <li
      class={`hr-finding hr-finding-${f().grade}`}
      data-testid="finding"
      data-grade={f().grade}
      data-status={f().status}
    >
      <div class="hr-finding-head">
        <FindingGrade grade={f().grade} />
        <Said as="strong" shown={partShown(f().component)} />
        <Show when={f().measureKind !== null && f().measureValue !== null}>
          <span class="hr-measure">{measure(t, f().measureKind!, f().measureValue!)}</span>
        </Show>
      </div>
      <Show when={f().note}>
        <Said as="p" class="hr-finding-note" shown={textShown(f().note, f().noteEn)} />
      </Show>
      <Show when={f().recommendation}>
        <p class="muted">
          {t('healthRecord.advice')} <Said shown={textShown(f().recommendation, f().recommendationEn)} />
        </p>
      </Show>
      <p class="hr-small">
        <Show
          when={f().status === 'fixed'}
          fallback={
            <span class="muted">{f().status === 'deferred' ? t('healthRecord.deferred') : t('healthRecord.open')}</span>
          }
        >
          <Show
            when={f().fixedInVisitId && props.fixedAt}
            fallback={<span class="hr-fixed">{t('healthRecord.fixed')}</span>}
          >
            <a class="hr-fixed" href={`#visit-${f().fixedInVisitId}`}>
              {t('healthRecord.fixedIn', { date: fmtDate(props.fixedAt!) })}
            </a>
          </Show>
        </Show>
        <Show when={f().technicianName}>
          <span class="muted">
            {' · '}
            {t('healthRecord.by')}
            <Said shown={textShown(f().technicianName!)} />
          </span>
        </Show>
      </p>
      <RecordPhotos media={f().photos} />
    </li>
  );
}
