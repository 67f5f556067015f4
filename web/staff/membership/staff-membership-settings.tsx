/**
 * Tier and points settings (manager): each tier's threshold (yuan) and benefits, the rolling window,
 * how far ahead everyone may book, and how points are earned, kept and worth. The shared schema
 * checks it (thresholds must rise, ranges) before it is sent; a refusal is shown in the staff's words.
 */
import { type MembershipSettings, MembershipSettingsSchema, type Tier } from '@shared/membership/settings.schema.ts';
import { createEffect, createResource, createSignal, For, Show } from 'solid-js';
import { useT } from '../../i18n/i18n.ts';
import { FormStatus } from '../form/form-status.tsx';
import { useStaffForm } from '../form/use-staff-form.ts';
import { useCan } from '../staff-role.ts';
import { loadSettings, saveSettings } from './staff-membership.ts';

export default function StaffMembershipSettings() {
  const t = useT();
  const can = useCan();
  const words = t as unknown as (k: string) => string;
  const [loaded, { refetch }] = createResource(loadSettings);
  const [s, setS] = createSignal<MembershipSettings>();
  createEffect(() => {
    const l = loaded();
    if (l) setS(structuredClone(l));
  });
  const action = useStaffForm(() => void refetch());
  const setTier = (i: number, patch: Partial<Tier>) =>
    setS({ ...s()!, tiers: s()!.tiers.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
  const num = (key: keyof MembershipSettings) => (
    <label class="field">
      <span>{words(`membership.staff.field.${key}`)}</span>
      <input
        class="input"
        type="number"
        value={s()![key] as number}
        onInput={(e) => setS({ ...s()!, [key]: Number(e.currentTarget.value) })}
      />
    </label>
  );
  return (
    <section class="sbk">
      <h1>{t('membership.staff.settings')}</h1>
      <Show when={s()}>
        {(cur) => (
          <form
            class="sbk-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (can('membership.settingsEdit'))
                void action.send(MembershipSettingsSchema, s()!, saveSettings, { tiers: t('membership.staff.tier') });
            }}
          >
            <table class="staff-table">
              <thead>
                <tr>
                  <th>{t('membership.staff.tier')}</th>
                  <th>{t('membership.staff.thresholdYuan')}</th>
                  <th>{t('membership.staff.discountPct')}</th>
                  <th>{t('membership.staff.priorityDays')}</th>
                  <th>{t('membership.benefit.loaner')}</th>
                  <th>{t('membership.benefit.birthday')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={cur().tiers}>
                  {(tier, i) => (
                    <tr>
                      <th scope="row">{words(`membership.tier.${tier.code}`)}</th>
                      <td>
                        <input
                          class="input"
                          type="number"
                          min="0"
                          value={tier.thresholdFen / 100}
                          onInput={(e) =>
                            setTier(i(), { thresholdFen: Math.round(Number(e.currentTarget.value) * 100) })
                          }
                        />
                      </td>
                      <td>
                        <input
                          class="input"
                          type="number"
                          min="0"
                          max="50"
                          value={tier.maintenanceDiscountPct}
                          onInput={(e) => setTier(i(), { maintenanceDiscountPct: Number(e.currentTarget.value) })}
                        />
                      </td>
                      <td>
                        <input
                          class="input"
                          type="number"
                          min="0"
                          max="60"
                          value={tier.priorityDays}
                          onInput={(e) => setTier(i(), { priorityDays: Number(e.currentTarget.value) })}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          checked={tier.loaner}
                          onChange={(e) => setTier(i(), { loaner: e.currentTarget.checked })}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          checked={tier.birthdayGift}
                          onChange={(e) => setTier(i(), { birthdayGift: e.currentTarget.checked })}
                        />
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            {num('windowMonths')}
            {num('publicHorizonDays')}
            {num('fenPerPoint')}
            {num('pointValueFen')}
            {num('pointsLifeMonths')}
            <Show when={can('membership.settingsEdit')} fallback={<p class="muted">{t('staff.readOnly')}</p>}>
              <button type="submit" class="btn btn-primary" disabled={action.busy()}>
                {t('membership.staff.save')}
              </button>
            </Show>
            <FormStatus form={action} saved={t('membership.staff.saved')} />
          </form>
        )}
      </Show>
    </section>
  );
}
