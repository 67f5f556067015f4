/**
 * The wallet's vouchers on the Me tab (issue 14 item 3): the delay compensation and early-finish gifts
 * that can still be used, each with its value and expiry, then the ones used or expired. They are
 * used at the front desk when paying; the final bill shows each as its own line.
 */
import { formatFen } from '@shared/money.ts';
import { type VoucherView, voucherUsable } from '@shared/membership/vouchers.ts';
import { For, Show } from 'solid-js';
import { fmtDate } from '../app/center.ts';
import { intlLocale, useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';

export function VoucherWallet(props: { vouchers: readonly VoucherView[] }) {
  const t = useT();
  const now = new Date();
  const usable = () => props.vouchers.filter((x) => voucherUsable(x, now));
  const past = () => props.vouchers.filter((x) => !voucherUsable(x, now));
  const state = (x: VoucherView) =>
    x.usedAt ? t('membership.vouchers.used', { date: fmtDate(x.usedAt) }) : t('membership.vouchers.expired');
  return (
    <Card title={t('membership.vouchers.title')} data-testid="member-vouchers">
      <ul class="member-vouchers">
        <For each={usable()} fallback={<li class="muted">{t('membership.vouchers.none')}</li>}>
          {(x) => (
            <li data-testid="member-voucher" data-kind={x.kind}>
              <Icon name="gift" size={18} />
              <span class="member-entry-what">
                <strong>{t(`membership.vouchers.kind.${x.kind}`)}</strong>
                <span class="muted member-small">
                  {t('membership.vouchers.from', { source: t(`membership.vouchers.source.${x.source}`) })} ·{' '}
                  {t('membership.validUntil', { date: fmtDate(x.expiresAt) })}
                </span>
              </span>
              <span class="member-entry-points">{formatFen(x.valueFen, intlLocale())}</span>
            </li>
          )}
        </For>
      </ul>
      <p class="muted member-small">{t('membership.vouchers.how')}</p>
      <Show when={past().length > 0}>
        <h3>{t('membership.vouchers.past')}</h3>
        <ul class="member-vouchers">
          <For each={past()}>
            {(x) => (
              <li data-testid="member-voucher-past" class="muted">
                <span class="member-entry-what">
                  {t(`membership.vouchers.kind.${x.kind}`)} · {state(x)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
