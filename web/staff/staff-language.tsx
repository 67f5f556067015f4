/**
 * The console's language, in its header and on the sign-in screen: each language named in itself, so
 * someone who cannot read the current one still finds theirs. The choice is kept on this device (the
 * customer app's own setting is synced with the account; a shared workshop tablet has no account).
 */
import { For } from 'solid-js';
import type { Locale } from '@shared/settings/preferences.schema.ts';
import { applyLocale, locale, useT } from '../i18n/i18n.ts';

const LANGUAGES = [
  { value: 'zh-CN', key: 'staff.languageName.zh' },
  { value: 'en', key: 'staff.languageName.en' },
] as const satisfies readonly { value: Locale; key: string }[];

export function StaffLanguage() {
  const t = useT();
  return (
    <div class="staff-language" role="group" aria-label={t('staff.language')}>
      <For each={LANGUAGES}>
        {(l) => (
          <button
            type="button"
            class="btn btn-ghost"
            lang={l.value}
            aria-pressed={locale() === l.value}
            onClick={() => void applyLocale(l.value)}
          >
            {t(l.key)}
          </button>
        )}
      </For>
    </div>
  );
}
