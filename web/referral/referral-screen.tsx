/**
 * 推荐好友 (under 我的): the referrer's personal link with its QR code, the friends it brought and
 * the year's reward levels. Everything is read from the mirror, so it opens offline and updates
 * live when a friend books (the server publishes the invitee and a notification together).
 */
import { createSignal, Show } from 'solid-js';
import { zonedParts } from '@shared/time.ts';
import { centerZone } from '../app/center.ts';
import { useT } from '../i18n/i18n.ts';
import { Card } from '../ui/card.tsx';
import { Page } from '../ui/page.tsx';
import { FriendNotice } from './friend-notice.tsx';
import { InviteeList } from './invitee-list.tsx';
import { LevelsCard } from './levels-card.tsx';
import { LinkCard } from './link-card.tsx';
import { cameIn, getProfile, getReferralLink, listInvitees, listRewards } from './referral.store.ts';
import { SetupForm } from './setup-form.tsx';
import './referral.css';

export default function ReferralScreen() {
  const t = useT();
  const link = getReferralLink();
  const invitees = listInvitees();
  const rewards = listRewards();
  const profile = getProfile();
  const [editing, setEditing] = createSignal(false);
  const year = () => zonedParts(new Date(), centerZone()).year;
  const came = () => cameIn(invitees() ?? [], year(), (iso) => zonedParts(new Date(iso), centerZone()).year);
  return (
    <Page title={t('referral.title')} back="/settings" backLabel={t('app.back')}>
      <div class="stack">
        <FriendNotice />
        <Show when={link.ready() || link()} fallback={<p class="muted">{t('app.loading')}</p>}>
          <Show
            when={link()}
            fallback={
              <Card title={t('referral.setup.title')}>
                <SetupForm profileName={profile()?.name} />
              </Card>
            }
          >
            {(l) => (
              <Show
                when={!editing() && l().code}
                fallback={
                  <Card title={t('referral.setup.title')}>
                    <Show
                      when={!l().code && !editing()}
                      fallback={
                        <SetupForm familyName={l().familyName} title={l().title} onDone={() => setEditing(false)} />
                      }
                    >
                      <p role="status" data-testid="referral-pending">
                        {t('referral.setup.pending')}
                      </p>
                    </Show>
                  </Card>
                }
              >
                {(code) => <LinkCard link={{ ...l(), code: code() }} onEdit={() => setEditing(true)} />}
              </Show>
            )}
          </Show>
        </Show>
        <LevelsCard year={year()} came={came()} rewards={rewards() ?? []} />
        <InviteeList invitees={invitees() ?? []} />
      </div>
    </Page>
  );
}
