/** Small pieces the quote screens share: a grade badge, a price line, finding photos, totals, the money format. */
import { createSignal, For, lazy, Show } from 'solid-js';
import type { FindingRef, QuoteLine } from '@shared/quotes/quote-view.schema.ts';
import { intlLocale, useT } from '../i18n/i18n.ts';
import { partShown, textShown } from '../i18n/workshop-words.ts';
import { Said } from '../ui/said.tsx';
import { Icon } from '../ui/icon.tsx';
import { Money } from '../ui/money.tsx';

// The photo viewer (an accessible dialog) loads on the first tap, so the link page's first load stays small.
const Sheet = lazy(() => import('../ui/sheet.tsx').then((m) => ({ default: m.Sheet })));

const ICON = { red: 'stop', yellow: 'alert', green: 'check' } as const;

/** A grade as icon + word + colour, never colour alone (docs/ui.md). */
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

/** What is done now, later, and not at all, in money: while deciding, in the sheet and in the record. */
export function Totals(props: { approvedFen: number; deferredFen: number; declinedFen: number }) {
  const t = useT();
  const rows = () =>
    [
      ['approved', props.approvedFen],
      ['deferred', props.deferredFen],
      ['declined', props.declinedFen],
    ] as const;
  return (
    <dl class="q-totals">
      <For each={rows()}>
        {([k, fen]) => (
          <div>
            <dt>{t(`quotes.totals.${k}`)}</dt>
            <dd data-testid={`${k}-total`}>
              <Fen fen={fen} />
            </dd>
          </div>
        )}
      </For>
    </dl>
  );
}

/** The finding a line is about: grade, note, and its photos (thumbnails that open full size). */
export function FindingProof(props: { line: QuoteLine }) {
  const t = useT();
  const [open, setOpen] = createSignal<QuoteLine['photos'][number] | null>(null);
  return (
    <Show when={props.line.finding}>
      {(f) => {
        const caption = (p: QuoteLine['photos'][number]) => p.caption || partShown(f().component).text;
        return (
          <div class="q-finding">
            <p>
              <Grade grade={f().grade} />{' '}
              <span class="muted">
                {t('quotes.finding')}
                {t('quotes.colon')}
              </span>
              <Said shown={textShown(f().note)} />
            </p>
            <Show when={props.line.photos.length > 0}>
              <ul class="q-photos">
                <For each={props.line.photos}>
                  {(p) => (
                    <li>
                      <button
                        type="button"
                        class="q-thumb"
                        aria-label={t('quotes.photo', { caption: caption(p) })}
                        onClick={() => setOpen(p)}
                      >
                        <img src={p.thumbUrl} alt={caption(p)} loading="lazy" width="96" height="72" />
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={open()}>
              {(p) => (
                <Sheet
                  open
                  onOpenChange={(o) => !o && setOpen(null)}
                  title={caption(p())}
                  closeLabel={t('quotes.sheet.close')}
                >
                  <img class="q-full" src={p().url} width={p().width} height={p().height} alt={caption(p())} />
                </Sheet>
              )}
            </Show>
          </div>
        );
      }}
    </Show>
  );
}
