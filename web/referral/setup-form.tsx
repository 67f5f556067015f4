/** How friends see the referrer: a family name and a title, nothing more (the invite page shows exactly this). */
import * as v from 'valibot';
import { createSignal } from 'solid-js';
import { FamilyNameSchema, parseAddress, type Title } from '@shared/referral/referral.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { setupReferral } from './referral.store.ts';

export function SetupForm(props: { familyName?: string; title?: Title; profileName?: string; onDone?: () => void }) {
  const t = useT();
  const guess = props.profileName ? parseAddress(props.profileName) : null;
  const [family, setFamily] = createSignal(props.familyName ?? guess?.familyName ?? '');
  const [title, setTitle] = createSignal<Title>(props.title ?? guess?.title ?? 'mr');
  const [invalid, setInvalid] = createSignal(false);
  async function submit(e: Event) {
    e.preventDefault();
    const parsed = v.safeParse(FamilyNameSchema, family());
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    await setupReferral({ familyName: parsed.output, title: title() });
    props.onDone?.();
  }
  return (
    <form class="stack" onSubmit={submit} data-testid="referral-setup">
      <p class="muted">{t('referral.setup.lead')}</p>
      <label class="stack ref-field">
        <span>{t('referral.setup.familyName')}</span>
        <input
          class="input"
          maxLength={20}
          value={family()}
          aria-invalid={invalid() ? 'true' : undefined}
          aria-describedby="ref-family-hint"
          onInput={(e) => setFamily(e.currentTarget.value)}
        />
        <span id="ref-family-hint" class="muted ref-small">
          {invalid() ? t('referral.setup.invalid') : t('referral.setup.familyHint')}
        </span>
      </label>
      <fieldset class="ref-segmented">
        <legend>{t('referral.setup.honorific')}</legend>
        <label>
          <input type="radio" name="ref-title" checked={title() === 'mr'} onChange={() => setTitle('mr')} />
          <span>{t('referral.setup.mr')}</span>
        </label>
        <label>
          <input type="radio" name="ref-title" checked={title() === 'ms'} onChange={() => setTitle('ms')} />
          <span>{t('referral.setup.ms')}</span>
        </label>
      </fieldset>
      <Button type="submit" block>
        {props.familyName ? t('referral.setup.save') : t('referral.setup.create')}
      </Button>
    </form>
  );
}
