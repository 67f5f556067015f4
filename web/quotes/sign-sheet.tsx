import { createSignal, type JSX, lazy, Match, Show, Suspense, Switch } from 'solid-js';
import type { Signature } from '@shared/quotes/authorization.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { useDirty } from '../pwa/dirty.ts';
import { Button } from '../ui/button.tsx';
import { Sheet } from '../ui/sheet.tsx';

const SignaturePadBox = lazy(() => import('./signature-pad.tsx'));

/**
 * Signing is a deliberate act (UI.md moment 3): a sheet with the summary and the total, then a typed
 * full name or a drawn signature. Nothing is sent until "confirm and sign".
 */
export function SignSheet(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  summary: JSX.Element;
  onSign: (signature: Signature) => void;
}) {
  const t = useT();
  const [mode, setMode] = createSignal<'typed' | 'drawn'>('typed');
  const [name, setName] = createSignal('');
  const [image, setImage] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  // A signature in progress holds back an app update (web/pwa/dirty.ts).
  useDirty(() => props.open && (name().trim() !== '' || image() !== null));
  const confirm = () => {
    if (mode() === 'typed') {
      const n = name().trim();
      if (n.length < 2) return setProblem(t('quotes.sheet.needName'));
      props.onSign({ kind: 'typed', name: n });
    } else {
      const png = image();
      if (!png) return setProblem(t('quotes.sheet.needDrawing'));
      props.onSign({ kind: 'drawn', image: png });
    }
  };
  return (
    <Sheet
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('quotes.sheet.title')}
      closeLabel={t('quotes.sheet.close')}
    >
      <p class="muted">{t('quotes.sheet.intro')}</p>
      {props.summary}
      <div class="q-sign-modes" role="group">
        <button type="button" class="q-choice" aria-pressed={mode() === 'typed'} onClick={() => setMode('typed')}>
          {t('quotes.sheet.typed')}
        </button>
        <button type="button" class="q-choice" aria-pressed={mode() === 'drawn'} onClick={() => setMode('drawn')}>
          {t('quotes.sheet.drawn')}
        </button>
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
      <Button block onClick={confirm}>
        {t('quotes.sheet.confirm')}
      </Button>
    </Sheet>
  );
}
