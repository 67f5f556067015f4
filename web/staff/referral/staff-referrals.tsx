/**
 * Referred friends for the center (advisors and managers): who booked through which customer's
 * link, for what day, and how far they got. Staff mark a friend visited or purchased; the referrer's
 * status and reward level follow on their phone.
 */
import { createResource, For, Show } from 'solid-js';
import { fmtDay } from '../../app/center.ts';
import { useT } from '../../i18n/i18n.ts';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { call, staffApi } from '../staff-client.ts';
import { useCan } from '../staff-role.ts';
import './staff-referrals.css';

const load = () => call(staffApi.referrals.$get());

export default function StaffReferrals() {
  const t = useT();
  const can = useCan();
  const [leads, { refetch, mutate }] = createResource(load);
  const action = useStaffForm();
  function mark(id: string, status: 'visited' | 'purchased') {
    void action.run(async () => {
      const row = await call(staffApi.referrals[':id'].status.$post({ param: { id }, json: { status } }));
      mutate((all) => all?.map((l) => (l.id === id ? row : l)));
    });
  }
  return (
    <section>
      <div class="row sr-head">
        <h1>{t('referral.staff.title')}</h1>
        <button type="button" class="btn btn-secondary" onClick={() => void refetch()}>
          {t('referral.staff.refresh')}
        </button>
      </div>
      <p class="muted">{t('referral.staff.lead')}</p>
      <FormStatus form={action} />
      <Show when={leads()} fallback={<p class="muted">{leads.error ? t('errors.unavailable') : t('app.loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="muted">{t('referral.staff.empty')}</p>}>
            <table class="staff-table" data-testid="staff-referrals">
              <thead>
                <tr>
                  <th>{t('referral.staff.friend')}</th>
                  <th>{t('referral.staff.referrer')}</th>
                  <th>{t('referral.staff.wants')}</th>
                  <th>{t('referral.staff.status')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(l) => (
                    <tr data-lead={l.id} data-status={l.status}>
                      <td>
                        {l.name}
                        <div class="muted">
                          <a href={`tel:${l.phone}`}>{l.phone}</a>
                        </div>
                      </td>
                      <td>{l.referrer.name}</td>
                      <td>
                        <Show when={l.service && l.preferredDate && l.partOfDay} fallback="—">
                          {t(`referral.service.${l.service!}`)}
                          <div class="muted">
                            {fmtDay(l.preferredDate!)} {t(`referral.part.${l.partOfDay!}`)}
                          </div>
                        </Show>
                      </td>
                      <td>{t(`referral.status.${l.status}`)}</td>
                      <td>
                        <div class="row">
                          <Show when={can('referrals.mark') && (l.status === 'invited' || l.status === 'booked')}>
                            <button type="button" class="btn btn-secondary" onClick={() => void mark(l.id, 'visited')}>
                              {t('referral.staff.markVisited')}
                            </button>
                          </Show>
                          <Show when={can('referrals.mark') && l.status !== 'purchased'}>
                            <button type="button" class="btn btn-ghost" onClick={() => void mark(l.id, 'purchased')}>
                              {t('referral.staff.markPurchased')}
                            </button>
                          </Show>
                        </div>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
    </section>
  );
}
