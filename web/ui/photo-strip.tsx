import { createSignal, For, Show } from 'solid-js';
import { Sheet } from './sheet.tsx';

export type StripPhoto = {
  id: string;
  thumbUrl: string;
  url: string;
  width: number;
  height: number;
  video?: boolean;
};

/**
 * Thumbnails (small, lazy) that open the display size in a sheet; originals are never sent. The
 * caller names each photo (`labelOf`) and gives the words of the list and its buttons. A clip shows
 * its poster frame and plays where it is on tap: `preload="none"`, so a first view on a metered phone
 * downloads the poster, never the clip.
 */
export function PhotoStrip<P extends StripPhoto>(props: {
  media: readonly P[];
  labelOf: (photo: P) => string;
  listLabel: string;
  openLabel: string;
  closeLabel: string;
  captions?: boolean;
}) {
  const [open, setOpen] = createSignal<P | null>(null);
  return (
    <Show when={props.media.length > 0}>
      <ul class="photo-strip" aria-label={props.listLabel}>
        <For each={props.media}>
          {(m) => (
            <li>
              <Show when={m.video}>
                {/* biome-ignore lint/a11y/useMediaCaption: a workshop clip shows a part, not speech; its step's note beside it says in words what it shows */}
                <video
                  class="photo-clip"
                  src={m.url}
                  poster={m.thumbUrl}
                  preload="none"
                  controls
                  playsinline
                  width={m.width}
                  height={m.height}
                  aria-label={props.labelOf(m)}
                />
              </Show>
              <Show when={!m.video}>
                <button
                  type="button"
                  class="photo-thumb"
                  aria-label={`${props.openLabel}: ${props.labelOf(m)}`}
                  onClick={() => setOpen(() => m)}
                >
                  <img src={m.thumbUrl} alt={props.labelOf(m)} loading="lazy" decoding="async" width="96" height="72" />
                </button>
              </Show>
              <Show when={props.captions}>
                <span class="photo-caption">{props.labelOf(m)}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Sheet
        open={open() !== null}
        onOpenChange={(o) => !o && setOpen(null)}
        title={open() ? props.labelOf(open()!) : ''}
        closeLabel={props.closeLabel}
      >
        <Show when={open()}>
          {(m) => (
            <img class="photo-full" src={m().url} width={m().width} height={m().height} alt={props.labelOf(m())} />
          )}
        </Show>
      </Sheet>
    </Show>
  );
}
