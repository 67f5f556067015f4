/**
 * The member discount as its own line on a quote (issue 14 item 3). The server computes it from the
 * tier (the screen never decides a price): which maintenance lines it covers and what it takes off.
 */
import type { MemberDiscount } from '@shared/membership/discount.ts';
import { formatFen } from '@shared/money.ts';
import { Show } from 'solid-js';
import { intlLocale, useT } from '../i18n/i18n.ts';

export function MemberDiscountLine(props: { discount: MemberDiscount | null | undefined; approvedFen?: number }) {
  const t = useT();
  return (
    <Show when={props.discount}>
      {(d) => (
        <p class="q-member-discount" data-testid="member-discount">
          <span>
            {t('membership.discount.line', {
              tier: t(`membership.tierShort.${d().tier}`),
              pct: d().pct,
              off: String((100 - d().pct) / 10),
              n: d().lineKeys.length,
            })}
          </span>
          <strong>−{formatFen(props.approvedFen ?? d().fen, intlLocale())}</strong>
        </p>
      )}
    </Show>
  );
}
