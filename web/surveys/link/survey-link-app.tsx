/**
 * The survey link page's states: opening only reads; the answer is one POST. Altered, another
 * visit's or customer's, expired and already answered links and a lost connection each get a clear
 * page (with the center's phone when known), never an error screen.
 */
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { SurveyLinkAnswer } from '@shared/surveys/survey-link.schema.ts';
import type { SurveyAnswer } from '@shared/surveys/survey.schema.ts';
import { formatDateTime } from '@shared/time.ts';
import { intlLocale, useT } from '../../i18n/i18n.ts';
import { Button, LinkButton } from '../../ui/button.tsx';
import { SurveyForm } from '../survey-form.tsx';
import { type Answer, linkFromLocation, postAnswer, readSurvey } from './api.ts';

type Refusal = 'invalid' | 'expired' | 'network';
type View =
  | { kind: 'loading' }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'open' | 'answered' | 'done'; data: SurveyLinkAnswer };

export function SurveyLinkApp() {
  const t = useT();
  const link = linkFromLocation();
  const [view, setView] = createSignal<View>({ kind: 'loading' });
  const [phone, setPhone] = createSignal<string | null>(null);
  const [failed, setFailed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const refuse = (r: Extract<Answer<unknown>, { ok: false }>) => {
    const center = (r.body?.details as { center?: { phone?: string } } | undefined)?.center;
    if (center?.phone) setPhone(center.phone);
    const refusal: Refusal =
      r.status === 410 ? 'expired' : r.status === 404 || r.status === 400 ? 'invalid' : 'network';
    setView({ kind: 'refused', refusal });
  };

  async function load(): Promise<void> {
    if (!link) {
      setView({ kind: 'refused', refusal: 'invalid' });
      return;
    }
    setView({ kind: 'loading' });
    const r = await readSurvey(link).catch(() => null);
    if (!r) setView({ kind: 'refused', refusal: 'network' });
    else if (!r.ok) refuse(r);
    else {
      setPhone(r.value.center.phone);
      setView({ kind: r.value.state, data: r.value });
    }
  }

  async function submit(a: SurveyAnswer): Promise<void> {
    setBusy(true);
    setFailed(false);
    const r = await postAnswer(link!, a).catch(() => null);
    setBusy(false);
    if (r?.ok) setView({ kind: 'done', data: r.value });
    else if (r && r.body?.error === 'already_answered') await load();
    else if (r && (r.status === 404 || r.status === 410)) refuse(r);
    else setFailed(true);
  }

  const when = (iso: string, zone: string) => formatDateTime(iso, zone, intlLocale());
  const data = () => {
    const v = view();
    return 'data' in v ? v.data : null;
  };
  const call = () => (
    <Show when={phone()}>
      {(p) => (
        <LinkButton variant="secondary" block href={`tel:${p().replace(/[^\d+]/g, '')}`}>
          {t('surveys.link.call', { phone: p() })}
        </LinkButton>
      )}
    </Show>
  );

  void load();
  return (
    <main
      id="main"
      class="page sv-link"
      data-state={view().kind === 'refused' ? (view() as { refusal: string }).refusal : view().kind}
    >
      <Switch>
        <Match when={view().kind === 'loading'}>
          <p class="muted">{t('surveys.link.loading')}</p>
        </Match>
        <Match when={view().kind === 'refused' && (view() as { refusal: Refusal }).refusal}>
          {(refusal) => (
            <>
              <h1>{t(`surveys.link.${refusal()}Title`)}</h1>
              <p>{t(`surveys.link.${refusal()}Body`)}</p>
              <Show when={refusal() === 'network'}>
                <Button block onClick={() => void load()}>
                  {t('surveys.link.retry')}
                </Button>
              </Show>
              {call()}
            </>
          )}
        </Match>
        <Match when={data()}>
          {(d) => (
            <>
              <h1>{t('surveys.link.heading', { center: d().center.name })}</h1>
              <p class="muted">
                {t('surveys.link.visit', {
                  title: d().visitTitle,
                  time: d().deliveredAt ? when(d().deliveredAt!, d().center.timeZone) : '—',
                })}
                <br />
                {t('surveys.link.car', { model: d().vehicle.model, plate: d().vehicle.plateMasked })}
              </p>
              <Switch>
                <Match when={view().kind === 'open'}>
                  <p class="page-lead">{t('surveys.entry.lead', { points: d().points })}</p>
                  <SurveyForm onSubmit={submit} busy={busy()} />
                  <Show when={failed()}>
                    <p class="sv-missing" role="alert">
                      {t('surveys.link.failed')}
                    </p>
                  </Show>
                  <p class="muted">{t('surveys.link.expires', { time: when(d().expiresAt, d().center.timeZone) })}</p>
                </Match>
                <Match when={view().kind === 'done'}>
                  <section class="card sv-thanks" data-testid="survey-thanks" role="status">
                    <h2>{t('surveys.thanks.title')}</h2>
                    <p>{t('surveys.link.doneBody', { points: d().points })}</p>
                    <Show when={d().callPromised}>
                      <p>{t('surveys.link.callPromised')}</p>
                    </Show>
                  </section>
                </Match>
                <Match when={view().kind === 'answered'}>
                  <section class="card sv-thanks" role="status">
                    <h2>{t('surveys.link.answeredTitle')}</h2>
                    <p>{t('surveys.link.answeredBody')}</p>
                  </section>
                </Match>
              </Switch>
              {call()}
            </>
          )}
        </Match>
      </Switch>
    </main>
  );
}
