import { createSignal } from 'solid-js';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Sheet } from '../ui/sheet.tsx';
import type { SigningProps } from './quote-host.tsx';
import { SignForm } from './sign-form.tsx';

/**
 * Signing in the app is a deliberate act (docs/ui.md moment 3): a button that opens a sheet with the
 * summary and the total, then the signature. The sheet closes once the decision is taken.
 */
export function SheetSigning(props: SigningProps) {
  const t = useT();
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <Button block disabled={!props.ready} onClick={() => setOpen(true)}>
        {t('quotes.sign')}
      </Button>
      <Sheet open={open()} onOpenChange={setOpen} title={t('quotes.sheet.title')} closeLabel={t('quotes.sheet.close')}>
        <p class="muted">{t('quotes.sheet.intro')}</p>
        {props.summary()}
        <SignForm
          ready={props.ready}
          onSign={async (signature) => {
            const failed = await props.onSign(signature);
            if (!failed) setOpen(false);
            return failed;
          }}
        />
      </Sheet>
    </>
  );
}
