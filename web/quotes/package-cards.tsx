import { For, Show } from 'solid-js';
import { offeredPackages } from '@shared/quotes/packages.ts';
import type { PackageChoice, PackageName } from '@shared/quotes/quote-codes.schema.ts';
import type { PricedLine } from '@shared/quotes/quote-view.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { pluralOf } from '../i18n/plural.ts';
import { Icon } from '../ui/icon.tsx';
import { Fen } from './quote-bits.tsx';

/**
 * MOT 6's three packages side by side (stacked on narrow phones), the advised one marked. Nothing is
 * chosen until the customer taps one; the choice then fills each line, which stays changeable.
 * Only packages that are a real choice are offered (offeredPackages: no empty or ¥0 one, no repeat).
 */
export function PackageCards(props: {
  lines: readonly PricedLine[];
  chosen: PackageChoice | null;
  onChoose: (p: PackageName) => void;
}) {
  const t = useT();
  const offered = () => offeredPackages(props.lines);
  const heading = () =>
    offered().length === 1
      ? t('quotes.packagesOne')
      : offered().length === 2
        ? t('quotes.packagesTwo')
        : t('quotes.packages');
  return (
    <Show when={offered().length > 0}>
      <section class="q-packages" aria-labelledby="q-packages-h">
        <h2 id="q-packages-h">{heading()}</h2>
        <p class="muted">{t('quotes.packagesHint')}</p>
        <div class="q-package-row">
          <For each={offered()}>
            {(p) => (
              <button
                type="button"
                class="q-package"
                classList={{ 'q-package-advised': p.advised, 'q-package-chosen': props.chosen === p.name }}
                aria-pressed={props.chosen === p.name}
                data-package={p.name}
                onClick={() => props.onChoose(p.name)}
              >
                {p.advised ? <span class="q-advised">{t('quotes.advised')}</span> : null}
                <span class="q-package-name">{t(`quotes.package.${p.name}` as 'quotes.package.required')}</span>
                <span class="q-package-total">
                  <Fen fen={p.totalFen} />
                </span>
                <span class="muted">{t(`quotes.items.${pluralOf(p.lineKeys.length)}`, { n: p.lineKeys.length })}</span>
                {props.chosen === p.name ? (
                  <span class="q-chosen">
                    <Icon name="check" size={16} /> {t('quotes.chosen')}
                  </span>
                ) : null}
              </button>
            )}
          </For>
        </div>
      </section>
    </Show>
  );
}
