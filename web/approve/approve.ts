/**
 * The remote approval page (approve.html), opened from a text message on any phone browser with
 * nothing installed and no sign-in: its own small bundle (no app shell, router, Dexie or framework).
 * Opening it only reads; the decision is a POST of the customer's choices and signature. Expired,
 * altered, other-quote and already-decided links each get a clear page, never an error screen.
 */
import '../ui/tokens.css';
import './approve.css';
import { type DeferChoice, deferAt } from '@shared/quotes/defer.ts';
import { decisionsForPackage, decisionTotals, packageChoiceOf } from '@shared/quotes/packages.ts';
import type { Signature } from '@shared/quotes/authorization.schema.ts';
import type { QuoteOutdatedDetails } from '@shared/quotes/decide-args.schema.ts';
import type { LineDecision, Mot9Option } from '@shared/quotes/quote-codes.schema.ts';
import type { LinkDecided, LinkQuote } from '@shared/quotes/quote-link.schema.ts';
import { type Answer, type Link, linkFromLocation, postDecision, readQuote } from './api.ts';
import { optionsView, packagesView, tiersView } from './choice-views.ts';
import { changesList, decidedView } from './summary-views.ts';
import { getZone, h, setZone, t, when } from './dom.ts';
import { signSection } from './sign.ts';

const root = document.getElementById('app')!;
let centerPhone: string | null = null;

function messagePage(title: string, body: string, retry?: () => void) {
  root.replaceChildren(
    h(
      'main',
      { class: 'a-page a-message', 'data-state': title },
      h('h1', {}, title),
      h('p', {}, body),
      retry ? h('button', { type: 'button', class: 'a-btn', onclick: retry }, t('link.retry')) : null,
      centerPhone
        ? h(
            'a',
            { class: 'a-btn a-btn-2', href: `tel:${centerPhone.replace(/[^\d+]/g, '')}` },
            t('link.call', { phone: centerPhone }),
          )
        : null,
    ),
  );
}

function refusedPage(r: Extract<Answer<unknown>, { ok: false }>) {
  if (r.status === 410 && r.body?.error === 'link_expired') {
    centerPhone = (r.body.details as { center?: { phone?: string } } | undefined)?.center?.phone ?? centerPhone;
    return messagePage(t('link.expiredTitle'), t('link.expiredBody'));
  }
  if (r.status === 410) return messagePage(t('link.goneTitle'), t('link.goneBody'));
  if (r.status === 400 || r.status === 404) return messagePage(t('link.invalidTitle'), t('link.invalidBody'));
  return messagePage(t('link.networkTitle'), t('link.networkBody'), () => void load());
}

function showDecided(d: LinkDecided, fresh: boolean) {
  centerPhone = d.center.phone;
  setZone(d.center.timeZone);
  root.replaceChildren(decidedView(d, fresh));
}

async function load(notice?: HTMLElement) {
  root.replaceChildren(h('main', { class: 'a-page' }, h('p', { class: 'a-muted' }, t('link.loading'))));
  const l = linkFromLocation();
  if (!l) return messagePage(t('link.invalidTitle'), t('link.invalidBody'));
  let r: Answer<LinkQuote | LinkDecided>;
  try {
    r = await readQuote(l);
  } catch {
    return messagePage(t('link.networkTitle'), t('link.networkBody'), () => void load());
  }
  if (!r.ok) return refusedPage(r);
  if (r.value.state === 'decided') return showDecided(r.value, false);
  openQuote(l, r.value, notice);
}

function openQuote(link: Link, data: LinkQuote, notice?: HTMLElement) {
  const q = data.quote;
  centerPhone = data.center.phone;
  setZone(data.center.timeZone);
  const decisions: Record<string, LineDecision> = {};
  const deferChoices: Record<string, DeferChoice> = {};
  let option: Mot9Option | null = null;
  const body = h('div', {});
  const supplementary = q.kind === 'supplementary';

  const ready = () => {
    if (supplementary) return option !== null;
    const totals = decisionTotals(q.lines, decisions);
    return totals.undecided === 0 && q.lines.every((l) => decisions[l.key] !== 'defer' || deferChoices[l.key]);
  };
  const render = () => {
    if (supplementary) {
      body.replaceChildren(
        optionsView(q, option, (o) => {
          option = o;
          render();
        }),
      );
    } else {
      const chosen = Object.keys(decisions).length ? packageChoiceOf(q.lines, decisions) : null;
      body.replaceChildren(
        packagesView(q.lines, chosen, (p) => {
          Object.assign(decisions, decisionsForPackage(q.lines, p));
          render();
        }),
        tiersView(q.lines, decisions, deferChoices, render),
      );
    }
    sign.setReady(ready());
  };

  const submit = async (signature: Signature): Promise<string | undefined> => {
    const now = new Date();
    const r = await postDecision(link, {
      version: q.version,
      signature,
      clientAt: now.toISOString(),
      ...(supplementary
        ? { option: option! }
        : {
            packageChoice: packageChoiceOf(q.lines, decisions),
            decisions: q.lines.map((l) =>
              decisions[l.key] === 'defer'
                ? {
                    lineKey: l.key,
                    decision: 'defer' as const,
                    deferUntil: deferAt(deferChoices[l.key]!, now, getZone()),
                  }
                : { lineKey: l.key, decision: decisions[l.key]! },
            ),
          }),
    });
    if (r.ok) {
      showDecided(r.value, true);
      return undefined;
    }
    if (r.body?.error === 'quote_outdated') {
      const d = r.body.details as QuoteOutdatedDetails;
      await load(
        h(
          'section',
          { class: 'a-card a-refused', role: 'alert' },
          h('h2', {}, t('link.outdatedTitle')),
          h('p', {}, t('refused.outdated')),
          changesList(d.changes, d.totalBeforeFen, d.totalAfterFen),
        ),
      );
      return undefined;
    }
    if (r.body?.error === 'already_decided') {
      await load();
      return undefined;
    }
    if (r.status === 410 || r.status === 404) {
      refusedPage(r);
      return undefined;
    }
    return t('link.failed');
  };
  const sign = signSection(submit);

  const revision = q.revision;
  root.replaceChildren(
    h(
      'main',
      { class: 'a-page' },
      h('h1', {}, t('link.heading', { center: data.center.name })),
      h('p', {}, t('link.car', { model: data.vehicle.model, plate: data.vehicle.plateMasked })),
      h(
        'p',
        { class: 'a-muted' },
        `${q.title} · ${t('version', { v: q.version })} · ${t('link.expires', { time: when(data.expiresAt) })}`,
      ),
      notice ?? null,
      q.note ? h('p', { class: 'a-note' }, q.note) : null,
      revision && !notice
        ? h(
            'section',
            { class: 'a-card' },
            h('h2', {}, t('changes.title', { from: revision.fromVersion, to: revision.toVersion })),
            revision.reason ? h('p', {}, t('changes.reason', { reason: revision.reason })) : null,
            changesList(revision.changes, revision.totalBeforeFen, revision.totalAfterFen),
          )
        : null,
      supplementary ? h('p', {}, t('mot9.intro')) : null,
      body,
      sign.el,
    ),
  );
  render();
}

void load();
