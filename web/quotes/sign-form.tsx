import { createSignal, lazy, Match, Show, Suspense, Switch } from 'solid-js';
import type { Signature } from '@shared/quotes/authorization.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { useDirty } from '../pwa/dirty.ts';
import { Button } from '../ui/button.tsx';
import type { SignResult } from './quote-host.tsx';

const SignaturePadBox = lazy(() => import('./signature-pad.tsx'));

/**
 * The signature itself: a typed full name or a drawn one (signature_pad, loaded only when the customer
 * chooses to draw). Nothing is sent until "confirm and sign"; a refusal is shown here.
 */
export function SignForm(props: { ready: boolean; onSign: (signature: Signature) => Promise<SignResult> }) {
  const t = useT();
  const [mode, setMode] = createSignal<'typed' | 'drawn'>('typed');
  const [name, setName] = createSignal('');
  const [image, setImage] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  // A signature in progress holds back an app update (web/pwa/dirty.ts).
  useDirty(() => name().trim() !== '' || image() !== null);
  const signature = (): Signature | string => {
    if (mode() === 'typed') {
      const n = name().trim();
      return n.length < 2 ? t('quotes.sheet.needName') : { kind: 'typed', name: n };
    }
    const png = image();
    return png ? { kind: 'drawn', image: png } : t('quotes.sheet.needDrawing');
  };
  const confirm = async () => {
    const s = signature();
    if (typeof s === 'string') return setProblem(s);
    setBusy(true);
    const failed = await props.onSign(s).catch(() => t('quotes.link.failed'));
    setBusy(false);
    if (failed) setProblem(failed);
  };
  const modeButton = (m: 'typed' | 'drawn') => (
    <button type="button" class="q-choice" aria-pressed={mode() === m} onClick={() => setMode(m)}>
      {t(`quotes.sheet.${m}`)}
    </button>
  );
  return (
    <>
      <div class="q-sign-modes" role="group" aria-label={t('quotes.sheet.title')}>
        {modeButton('typed')}
        {modeButton('drawn')}
      </div>
      <Switch>
        <Match when={mode() === 'typed'}>
          <label class="q-field">
            <span>{t('quotes.sheet.nameLabel')}</span>
            <input
              type="text"
              autocomplete="name"
              maxLength={60}
              value={name()}
              onInput={(e) => {
                setName(e.currentTarget.value);
                setProblem(null);
              }}
            />
          </label>
        </Match>
        <Match when={mode() === 'drawn'}>
          <Suspense fallback={<p class="muted">{t('quotes.sheet.loading')}</p>}>
            <SignaturePadBox
              label={t('quotes.sheet.drawHint')}
              clearLabel={t('quotes.sheet.clear')}
              onChange={(png) => {
                setImage(png);
                setProblem(null);
              }}
            />
          </Suspense>
        </Match>
      </Switch>
      <Show when={problem()}>
        <p class="q-problem" role="alert">
          {problem()}
        </p>
      </Show>
      <Button block disabled={!props.ready || busy()} onClick={() => void confirm()}>
        {busy() ? t('quotes.link.submitting') : t('quotes.sheet.confirm')}
      </Button>
    </>
  );
}
