/** The referral card on the Me tab: one tap to the personal link, with this year's count. */
import { zonedParts } from '@shared/time.ts';
import { centerZone } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';
import { cameIn, listInvitees } from './referral.store.ts';

export default function ReferralEntry() {
  const t = useT();
  const invitees = listInvitees();
  const came = () => {
    const zone = centerZone();
    const year = zonedParts(new Date(), zone).year;
    return cameIn(invitees() ?? [], year, (iso) => zonedParts(new Date(iso), zone).year);
  };
  return (
    <Card>
      <a class="ref-entry" href="/settings/referral" data-testid="referral-entry">
        <Icon name="gift" size={28} />
        <span class="stack ref-entry-text">
          <strong>{t('referral.entry.title')}</strong>
          <span class="muted ref-small">{t('referral.entry.lead')}</span>
          <span class="ref-small">{t('referral.entry.count', { n: came() })}</span>
        </span>
        <Icon name="chevron" size={20} />
      </a>
    </Card>
  );
}
