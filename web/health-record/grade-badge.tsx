import type { Grade } from '@shared/health-record/health-record.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Icon } from '../ui/icon.tsx';

const ICON = { red: 'stop', yellow: 'alert', green: 'check' } as const;

/** A grade as icon + word + colour, never colour alone (UI.md). */
export function GradeBadge(props: { grade: Grade }) {
  const t = useT();
  return (
    <span class={`hr-grade hr-grade-${props.grade}`} data-grade={props.grade}>
      <Icon name={ICON[props.grade]} size={16} />
      {t(`healthRecord.grade.${props.grade}` as 'healthRecord.grade.red')}
    </span>
  );
}
