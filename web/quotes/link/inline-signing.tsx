import { useT } from '../../i18n/i18n.ts';
import type { SigningProps } from '../quote-host.tsx';
import { SignForm } from '../sign-form.tsx';

/**
 * Signing on the link page: the page is one column read top to bottom, so the signature is its last
 * section (the totals stand just above it) rather than a sheet over it.
 */
export function InlineSigning(props: SigningProps) {
  const t = useT();
  return (
    <section class="card a-sign" aria-labelledby="a-sign-h">
      <h2 id="a-sign-h">{t('quotes.sheet.title')}</h2>
      <p class="muted">{t('quotes.sheet.intro')}</p>
      <SignForm ready={props.ready} onSign={props.onSign} />
    </section>
  );
}
