/**
 * The Me tab's membership card (issue 14 item 1): the tier, spend over the window, what is left to
 * the next tier in yuan with a progress bar that also says it in words, the benefits of this tier and
 * the next, the points balance with the lots about to expire, the latest ledger entries and the
 * wallet's vouchers.
 */
import { formatFen } from '@shared/money.ts';
import { For, Show } from 'solid-js';
import { fmtDate } from '../app/center.ts';
import { intlLocale, useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { benefitsOf, liveMembership } from './membership.store.ts';
import { VoucherWallet } from './voucher-wallet.tsx';
import './membership.css';

export default function MembershipCard() {
  const t = useT();
  const m = liveMembership();
  const yuan = (fen: number) => formatFen(fen, intlLocale());
  const words = (key: string, params?: Record<string, string | number>) =>
    (t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
  return (
    <Show when={m()}>
      {(view) => (
        <>
          <Card class={`member-card tier-${view().tier.code}`} data-testid="member-card">
            <p class="member-tier" data-testid="member-tier">
              {words(`membership.tier.${view().tier.code}`)}
            </p>
            <p class="muted">{t('membership.spend', { months: view().windowMonths, amount: yuan(view().spendFen) })}</p>
            <Show when={view().next} fallback={<p data-testid="member-to-next">{t('membership.top')}</p>}>
              {(next) => (
                <>
                  <p class="member-to-next" data-testid="member-to-next">
                    {t('membership.toNext', {
                      amount: yuan(view().toNextFen),
                      tier: words(`membership.tier.${next().code}`),
                    })}
                  </p>
                  <progress
                    class="member-progress"
                    max="100"
                    value={view().progressPct}
                    aria-label={t('membership.progress', { pct: view().progressPct })}
                  />
                  <p class="muted member-small">{t('membership.progress', { pct: view().progressPct })}</p>
                </>
              )}
            </Show>
            <h3>{t('membership.yourBenefits')}</h3>
            <ul class="member-benefits" data-testid="member-benefits">
              <For each={benefitsOf(view().tier, words)} fallback={<li>{t('membership.noBenefits')}</li>}>
                {(b) => <li>{b}</li>}
              </For>
            </ul>
            <Show when={view().next}>
              {(next) => (
                <>
                  <h3>{t('membership.nextBenefits', { tier: words(`membership.tier.${next().code}`) })}</h3>
                  <ul class="member-benefits" data-testid="member-next-benefits">
                    <For each={benefitsOf(next(), words)}>{(b) => <li>{b}</li>}</For>
                  </ul>
                </>
              )}
            </Show>
          </Card>
          <Card title={t('membership.points')} data-testid="member-points">
            <p class="member-balance" data-testid="member-balance">
              {t('membership.balance', { n: view().points.balance })}
            </p>
            <p class="muted">{t('membership.worth', { amount: yuan(view().points.balance * view().pointValueFen) })}</p>
            <For each={view().points.expiring} fallback={<p class="muted">{t('membership.noExpiring')}</p>}>
              {(lot) => (
                <p class="member-expiring" data-testid="member-expiring">
                  {t('membership.expiring', { n: lot.points, date: fmtDate(lot.expiresAt) })}
                </p>
              )}
            </For>
            <h3>{t('membership.ledger')}</h3>
            <ul class="member-ledger" data-testid="member-ledger">
              <For each={view().entries} fallback={<li class="muted">{t('membership.empty')}</li>}>
                {(e) => (
                  <li data-testid="member-entry" data-source={e.source}>
                    <span class="member-entry-what">
                      <strong>{words(`membership.source.${e.source}`)}</strong>
                      <Show when={e.label ?? e.reason}>
                        <span class="muted"> · {e.label ?? e.reason}</span>
                      </Show>
                      <span class="muted member-small member-entry-date">{fmtDate(e.at)}</span>
                    </span>
                    <span class={`member-entry-points ${e.points < 0 ? 'minus' : 'plus'}`}>
                      {t('membership.pointsDelta', {
                        sign: e.points > 0 ? '+' : e.points < 0 ? '−' : '',
                        n: Math.abs(e.points),
                      })}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Card>
          <VoucherWallet vouchers={view().vouchers ?? []} />
        </>
      )}
    </Show>
  );
}
