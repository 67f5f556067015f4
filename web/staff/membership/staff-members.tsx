/**
 * The member list with tiers (issue 14 item 7), and for the member picked: their latest ledger and a
 * point adjustment with a reason (manager; a negative one never takes the balance below zero).
 */
import { formatFen } from '@shared/money.ts';
import { createResource, createSignal, For, Show } from 'solid-js';
import { intlLocale, useT } from '../../i18n/i18n.ts';
import { AdjustmentInputSchema } from '@shared/membership/staff-membership.schema.ts';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';
import { adjust, loadMember, loadMembers } from './staff-membership.ts';

export default function StaffMembers() {
  const t = useT();
  const can = useCan();
  const words = t as unknown as (k: string, p?: Record<string, string | number>) => string;
  const [members, { refetch }] = createResource(loadMembers);
  const [picked, setPicked] = createSignal<string>();
  const [detail, { refetch: refetchDetail }] = createResource(picked, loadMember);
  const [points, setPoints] = createSignal(0);
  const [reason, setReason] = createSignal('');
  const action = useStaffForm(() => {
    void refetch();
    void refetchDetail();
    setPoints(0);
    setReason('');
  });
  const yuan = (fen: number) => formatFen(fen, intlLocale());
  return (
    <section class="sbk">
      <h1>{t('membership.staff.members')}</h1>
      <p>
        <a href="/staff/membership/settings">{t('membership.staff.settings')}</a>
      </p>
      <table class="staff-table" data-testid="member-list">
        <thead>
          <tr>
            <th>{t('membership.staff.name')}</th>
            <th>{t('membership.staff.tier')}</th>
            <th>{t('membership.staff.spend')}</th>
            <th>{t('membership.staff.toNext')}</th>
            <th>{t('membership.points')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={members() ?? []}>
            {(m) => (
              <tr data-member={m.name}>
                <td>
                  <button type="button" class="btn btn-secondary" onClick={() => setPicked(m.customerId)}>
                    {m.name} · {m.phoneMasked}
                  </button>
                </td>
                <td>{words(`membership.tier.${m.tier}`)}</td>
                <td>{yuan(m.spendFen)}</td>
                <td>{m.toNextFen > 0 ? yuan(m.toNextFen) : '—'}</td>
                <td>{m.balance}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={detail()}>
        {(d) => (
          <section class="sbk-form" data-testid="member-detail">
            <h2>
              {d().member.name} · {words(`membership.tier.${d().member.tier}`)} ·{' '}
              {t('membership.balance', { n: d().member.balance })}
            </h2>
            <Show when={can('membership.adjust')}>
              <form
                class="sbk-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const input = {
                    customerId: d().member.customerId,
                    requestId: crypto.randomUUID(),
                    points: points(),
                    reason: reason(),
                  };
                  void action.send(AdjustmentInputSchema, input, adjust, {
                    points: t('membership.staff.adjustPoints'),
                    reason: t('membership.staff.reason'),
                  });
                }}
              >
                <label class="field">
                  <span>{t('membership.staff.adjustPoints')}</span>
                  <input
                    class="input"
                    type="number"
                    value={points()}
                    onInput={(e) => setPoints(Number(e.currentTarget.value))}
                  />
                </label>
                <label class="field">
                  <span>{t('membership.staff.reason')}</span>
                  <input
                    class="input"
                    value={reason()}
                    maxLength={200}
                    onInput={(e) => setReason(e.currentTarget.value)}
                  />
                </label>
                <button type="submit" class="btn btn-primary" disabled={action.busy() || points() === 0}>
                  {t('membership.staff.adjust')}
                </button>
              </form>
            </Show>
            <FormStatus form={action} />
            <table class="staff-table">
              <tbody>
                <For each={d().entries}>
                  {(e) => (
                    <tr>
                      <td>{new Date(e.at).toLocaleDateString(intlLocale())}</td>
                      <td>{words(`membership.source.${e.source}`)}</td>
                      <td>{e.label ?? e.reason ?? ''}</td>
                      <td>{e.points > 0 ? `+${e.points}` : e.points}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
        )}
      </Show>
    </section>
  );
}
