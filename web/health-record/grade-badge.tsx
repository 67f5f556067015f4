import type { Grade } from '@shared/health-record/record-codes.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { GradeBadge } from '../ui/grade-badge.tsx';

/** A finding's grade in the health record's words. */
export function FindingGrade(props: { grade: Grade }) {
  const t = useT();
  return <GradeBadge grade={props.grade} label={t(`healthRecord.grade.${props.grade}` as 'healthRecord.grade.red')} />;
}
