import type { MediaView } from '@shared/health-record/visit-view.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { PhotoStrip } from '../ui/photo-strip.tsx';

/** An event's or the delivery's photos. */
export function EventPhotos(props: { media: readonly MediaView[]; label?: string }) {
  const t = useT();
  return (
    <PhotoStrip
      media={props.media}
      labelOf={(m) => m.caption ?? t('timeline.photo')}
      listLabel={props.label ?? t('timeline.photos', { n: props.media.length })}
      openLabel={t('timeline.openPhoto')}
      closeLabel={t('app.close')}
    />
  );
}
