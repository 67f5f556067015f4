/** Small pieces the quote screens share: a grade badge, a price line, finding photos, the money format. */
import { createSignal, For, Show } from 'solid-js';
import type { FindingRef, QuoteLine } from '@shared/quotes/quote-view.schema.ts';
import { intlLocale, useT } from '../i18n/i18n.ts';
import { Icon } from '../ui/icon.tsx';
import { Money } from '../ui/money.tsx';
import { Sheet } from '../ui/sheet.tsx';

const ICON = { red: 'stop', yellow: 'alert', green: 'check' } as const;

/** A grade as icon + word + colour, never colour alone (UI.md). */
export function Grade(props: { grade: FindingRef['grade'] }) {
  const t = useT();
  return (
    <span class={`q-grade q-grade-${props.grade}`}>
      <Icon name={ICON[props.grade]} size={16} />
      {t(`quotes.grade.${props.grade}` as 'quotes.grade.red')}
    </span>
  );
}

export const Fen = (props: { fen: number }) => <Money fen={props.fen} locale={intlLocale()} />;

/** "Parts ¥150 · Labour ¥50" and the line's total. */
export function Price(props: { line: Pick<QuoteLine, 'partsFen' | 'labourFen'> }) {
  const t = useT();
  return (
    <p class="q-price">
      <span class="muted">
        {t('quotes.parts')} <Fen fen={props.line.partsFen} /> · {t('quotes.labour')} <Fen fen={props.line.labourFen} />
      </span>
      <strong>
        <Fen fen={props.line.partsFen + props.line.labourFen} />
      </strong>
    </p>
  );
}

/** The finding a line is about: grade, note, and its photos (thumbnails that open full size). */
export function FindingProof(props: { line: QuoteLine }) {
  const t = useT();
  const [open, setOpen] = createSignal<QuoteLine['photos'][number] | null>(null);
  return (
    <Show when={props.line.finding}>
      {(f) => (
        <div class="q-finding">
          <p>
            <Grade grade={f().grade} />{' '}
            <span class="muted">
              {t('quotes.finding')}
              {t('quotes.colon')}
            </span>
            {f().note}
          </p>
          <Show when={props.line.photos.length > 0}>
            <ul class="q-photos">
              <For each={props.line.photos}>
                {(p) => (
                  <li>
                    <button
                      type="button"
                      class="q-thumb"
                      aria-label={t('quotes.photo', { caption: p.caption ?? f().component })}
                      onClick={() => setOpen(p)}
                    >
                      <img src={p.thumbUrl} alt={p.caption ?? f().component} loading="lazy" width="96" height="72" />
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Sheet
            open={open() !== null}
            onOpenChange={(o) => !o && setOpen(null)}
            title={open()?.caption ?? f().component}
            closeLabel={t('quotes.sheet.close')}
          >
            <Show when={open()}>
              {(p) => (
                <img class="q-full" src={p().url} width={p().width} height={p().height} alt={p().caption ?? ''} />
              )}
            </Show>
          </Sheet>
        </div>
      )}
    </Show>
  );
}
