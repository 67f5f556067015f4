import type { MediaView } from '@shared/health-record/visit-view.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { PhotoStrip } from '../ui/photo-strip.tsx';

/** A visit's or finding's photos, each named by its caption or its role (before / after). */
export function RecordPhotos(props: { media: readonly MediaView[]; captions?: boolean }) {
  const t = useT();
  const labelOf = (m: MediaView) =>
    m.caption ??
    (m.role === 'before'
      ? t('healthRecord.before')
      : m.role === 'after'
        ? t('healthRecord.after')
        : t('healthRecord.photo'));
  return (
    <PhotoStrip
      media={props.media}
      labelOf={labelOf}
      listLabel={t('healthRecord.photos', { n: props.media.length })}
      openLabel={t('healthRecord.openPhoto')}
      closeLabel={t('app.close')}
      captions={props.captions ?? false}
    />
  );
}
