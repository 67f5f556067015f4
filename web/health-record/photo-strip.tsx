import { createSignal, For, Show } from 'solid-js';
import type { MediaView } from '@shared/health-record/health-record.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Sheet } from '../ui/sheet.tsx';

/** Thumbnails (lazy) that open the display size in a sheet; the original photo is never kept. */
export function PhotoStrip(props: { media: readonly MediaView[]; captions?: boolean }) {
  const t = useT();
  const [open, setOpen] = createSignal<MediaView | null>(null);
  const label = (m: MediaView) =>
    m.caption ??
    (m.role === 'before'
      ? t('healthRecord.before')
      : m.role === 'after'
        ? t('healthRecord.after')
        : t('healthRecord.photo'));
  return (
    <Show when={props.media.length > 0}>
      <ul class="hr-photos" aria-label={t('healthRecord.photos', { n: props.media.length })}>
        <For each={props.media}>
          {(m) => (
            <li>
              <button
                type="button"
                class="hr-thumb"
                aria-label={`${t('healthRecord.openPhoto')}: ${label(m)}`}
                onClick={() => setOpen(m)}
              >
                <img src={m.thumbUrl} alt={label(m)} loading="lazy" decoding="async" width="96" height="72" />
              </button>
              <Show when={props.captions}>
                <span class="hr-photo-caption">{label(m)}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Sheet
        open={open() !== null}
        onOpenChange={(o) => !o && setOpen(null)}
        title={open() ? label(open()!) : ''}
        closeLabel={t('app.close')}
      >
        <Show when={open()}>
          {(m) => <img class="hr-full" src={m().url} width={m().width} height={m().height} alt={label(m())} />}
        </Show>
      </Sheet>
    </Show>
  );
}
