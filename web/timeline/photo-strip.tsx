import { createSignal, For, Show } from 'solid-js';
import type { MediaView } from '@shared/health-record/health-record.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Sheet } from '../ui/sheet.tsx';

/** Thumbnails (small, lazy) that open the display size full screen; originals are never sent. */
export function PhotoStrip(props: { media: readonly MediaView[]; label?: string }) {
  const t = useT();
  const [open, setOpen] = createSignal<MediaView | null>(null);
  return (
    <Show when={props.media.length > 0}>
      <ul class="tl-photos" aria-label={props.label ?? t('timeline.photos', { n: props.media.length })}>
        <For each={props.media}>
          {(m) => (
            <li>
              <button type="button" class="tl-thumb" aria-label={t('timeline.openPhoto')} onClick={() => setOpen(m)}>
                <img src={m.thumbUrl} alt={m.caption ?? t('timeline.photo')} loading="lazy" decoding="async" />
              </button>
            </li>
          )}
        </For>
      </ul>
      <Sheet
        open={open() !== null}
        onOpenChange={(o) => !o && setOpen(null)}
        title={open()?.caption ?? t('timeline.photo')}
        closeLabel={t('app.close')}
      >
        <Show when={open()}>
          {(m) => <img class="tl-full" src={m().url} width={m().width} height={m().height} alt={m().caption ?? ''} />}
        </Show>
      </Sheet>
    </Show>
  );
}
