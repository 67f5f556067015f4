/**
 * The link page's states: opening only reads the quote; the decision is one POST of the customer's
 * choices and signature. Expired, altered, other-quote and already-decided links, a withdrawn quote and
 * a lost connection each get a clear page (with the center's phone when known), never an error screen.
 */
import { createSignal, Match, Switch } from 'solid-js';
import type { QuoteOutdatedDetails } from '@shared/quotes/decide-args.schema.ts';
import type { LinkDecided, LinkQuote } from '@shared/quotes/quote-link.schema.ts';
import { CENTER_TIME_ZONE_DEFAULT } from '@shared/time.ts';
import { useT } from '../../i18n/i18n.ts';
import { type Decision, QuoteHostProvider, type SignResult } from '../quote-host.tsx';
import { InlineSigning } from './inline-signing.tsx';
import { type Answer, linkFromLocation, postDecision, readQuote } from './api.ts';
import { LinkQuotePage } from './link-quote.tsx';
import { DecidedPage, MessagePage, type Refusal } from './link-pages.tsx';

type View =
  | { kind: 'loading' }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'open'; data: LinkQuote; outdated: QuoteOutdatedDetails | null }
  | { kind: 'decided'; data: LinkDecided; fresh: boolean };

/** The view when it is of this kind, for a `<Match>`. */
const viewOf = <K extends View['kind']>(v: View, kind: K) =>
  v.kind === kind ? (v as Extract<View, { kind: K }>) : false;

function refusalOf(r: Extract<Answer<unknown>, { ok: false }>): Refusal {
  if (r.status === 410 && r.body?.error === 'link_expired') return 'expired';
  if (r.status === 410) return 'gone';
  if (r.status === 400 || r.status === 404) return 'invalid';
  return 'network';
}

export function LinkApp() {
  const t = useT();
  const link = linkFromLocation();
  const [view, setView] = createSignal<View>({ kind: 'loading' });
  const [phone, setPhone] = createSignal<string | null>(null);
  const [zone, setZone] = createSignal(CENTER_TIME_ZONE_DEFAULT);

  const refuse = (r: Extract<Answer<unknown>, { ok: false }>) => {
    const center = (r.body?.details as { center?: { phone?: string } } | undefined)?.center;
    if (center?.phone) setPhone(center.phone);
    setView({ kind: 'refused', refusal: refusalOf(r) });
  };

  async function load(outdated: QuoteOutdatedDetails | null = null) {
    if (!link) return setView({ kind: 'refused', refusal: 'invalid' });
    setView({ kind: 'loading' });
    const r = await readQuote(link).catch(() => null);
    if (!r) return setView({ kind: 'refused', refusal: 'network' });
    if (!r.ok) return refuse(r);
    setPhone(r.value.center.phone);
    setZone(r.value.center.timeZone);
    if (r.value.state === 'decided') setView({ kind: 'decided', data: r.value, fresh: false });
    else setView({ kind: 'open', data: r.value, outdated });
  }

  async function decide(decision: Decision): Promise<SignResult> {
    const r = await postDecision(link!, decision);
    if (r.ok) {
      setZone(r.value.center.timeZone);
      setView({ kind: 'decided', data: r.value, fresh: true });
      return undefined;
    }
    if (r.body?.error === 'quote_outdated') await load(r.body.details as QuoteOutdatedDetails);
    else if (r.body?.error === 'already_decided') await load();
    else if (r.status === 410 || r.status === 404) refuse(r);
    else return t('quotes.link.failed');
    return undefined;
  }

  void load();
  return (
    <QuoteHostProvider value={{ zone, Signing: InlineSigning }}>
      <Switch>
        <Match when={view().kind === 'loading'}>
          <main class="page a-page">
            <p class="muted">{t('quotes.link.loading')}</p>
          </main>
        </Match>
        <Match when={viewOf(view(), 'refused')}>
          {(v) => <MessagePage refusal={v().refusal} phone={phone()} retry={() => void load()} />}
        </Match>
        <Match when={viewOf(view(), 'decided')}>
          {(v) => <DecidedPage decided={v().data} fresh={v().fresh} phone={phone()} />}
        </Match>
        <Match when={viewOf(view(), 'open')}>
          {(v) => <LinkQuotePage data={v().data} outdated={v().outdated} onDecide={decide} />}
        </Match>
      </Switch>
    </QuoteHostProvider>
  );
}
