/** The calendar year's reward levels: how many friends came, what the next level takes, what each brings. */
import { For, Show } from 'solid-js';
import { nextLevel, REFERRAL_LEVELS } from '@shared/referral/levels.ts';
import type { Reward } from '@shared/referral/referral.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';

export function LevelsCard(props: { year: number; came: number; rewards: readonly Reward[] }) {
  const t = useT();
  const reached = (level: number) => props.rewards.some((r) => r.year === props.year && r.level === level);
  const next = () => nextLevel(props.came);
  const top = REFERRAL_LEVELS.at(-1)!.level;
  return (
    <Card title={t('referral.year.title', { year: props.year })} data-testid="referral-levels">
      <p data-testid="referral-came">{t('referral.year.count', { n: props.came })}</p>
      <progress
        class="ref-progress"
        max={top}
        value={Math.min(props.came, top)}
        aria-label={t('referral.year.progress')}
      >
        {props.came} / {top}
      </progress>
      <p class="muted">
        <Show when={next()} fallback={t('referral.year.done')}>
          {(n) => <>{t('referral.year.next', { more: n().more, level: t(`referral.levels.${n().level.key}.name`) })}</>}
        </Show>
      </p>
      <ol class="ref-levels">
        <For each={REFERRAL_LEVELS}>
          {(l) => (
            <li data-level={l.level} data-reached={reached(l.level) ? 'yes' : 'no'}>
              <div class="row ref-level-head">
                <strong>{t(`referral.levels.${l.key}.name`)}</strong>
                <span class={reached(l.level) ? 'pill pill-synced' : 'pill ref-pill-muted'}>
                  <Show when={reached(l.level)}>
                    <Icon name="check" size={14} />
                  </Show>
                  {reached(l.level) ? t('referral.year.reached') : t('referral.year.notYet')}
                </span>
              </div>
              <p class="muted ref-small">
                {t('referral.year.need', { n: l.level })} · {t('referral.year.points', { n: l.points })}
              </p>
              <p class="ref-small">{t(`referral.levels.${l.key}.brings`)}</p>
            </li>
          )}
        </For>
      </ol>
    </Card>
  );
}
