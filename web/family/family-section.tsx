/**
 * The vehicle screen's family part: a member sees who shares the car with them and may leave; the
 * owner sees the "家人共享" card. Which one comes from the mirror (a `family_share` row means the car
 * is someone else's), so a member's app shows the right card offline too.
 */
import { useNavigate } from '@solidjs/router';
import { Show } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { leaveShare } from './family.api.ts';
import { listShares, scopeWords } from './family.store.ts';
import { OwnerFamilyCard } from './owner-family-card.tsx';
import './family.css';

export default function FamilySection(props: { vehicleId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const shares = listShares(() => props.vehicleId);
  const share = () => shares()?.[0];
  async function leave(id: string) {
    if (!window.confirm(t('family.leaveConfirm'))) return;
    await leaveShare(id);
    navigate('/vehicles');
  }
  return (
    <Show when={shares.ready()}>
      <Show when={share()} fallback={<OwnerFamilyCard vehicleId={props.vehicleId} />}>
        {(s) => (
          <Card title={t('family.sharedBy', { name: s().ownerName })} data-testid="family-share">
            <p>
              {t('family.memberLead', { name: s().ownerName, scope: scopeWords(t, s().scope, s().approveLimitFen) })}
            </p>
            <Button variant="secondary" onClick={() => leave(s().id)} data-testid="family-leave">
              {t('family.leave')}
            </Button>
          </Card>
        )}
      </Show>
    </Show>
  );
}
