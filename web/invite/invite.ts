/**
 * The friend's invite page (invite.html), opened from a link or QR code with nothing installed and no
 * sign-in: its own small bundle. It shows the referrer's family name and title and the offer, then
 * books a test drive or first service with a name and a phone confirmed by a texted code.
 * An unknown or altered code gets a clear page, never an error screen.
 */
import '../ui/tokens.css';
import './invite.css';
import type { InvitePage } from '@shared/referral/invite.schema.ts';
import { book, codeFromLocation, readInvite, sendCode, verify } from './api.ts';
import { addDays, day, h, t } from './dom.ts';
import { bookedPage, centerName, invalidPage, networkPage, politePage, who } from './pages.ts';

const root = document.getElementById('app')!;

async function load() {
  root.replaceChildren(h('main', { class: 'i-page' }, h('p', { class: 'i-muted' }, t('loading'))));
  const code = codeFromLocation();
  if (!code) return invalidPage();
  try {
    const r = await readInvite(code);
    if (!r.ok) return r.status === 400 || r.status === 404 ? invalidPage() : networkPage(() => void load());
    openInvite(code, r.value);
  } catch {
    networkPage(() => void load());
  }
}

const radio = (name: string, value: string, label: string, checked: boolean) =>
  h('label', { class: 'i-choice' }, h('input', { type: 'radio', name, value, checked }), h('span', {}, label));

const field = (label: string, input: HTMLElement, hint?: string) =>
  h(
    'label',
    { class: 'i-field' },
    h('span', {}, label),
    input,
    hint ? h('span', { class: 'i-muted i-small' }, hint) : null,
  );

function openInvite(code: string, p: InvitePage) {
  const status = h('p', { class: 'i-status', role: 'status', 'aria-live': 'polite' });
  const say = (text: string, bad = false) => {
    status.textContent = text;
    status.classList.toggle('i-bad', bad);
  };
  const failed = (r: { body: { error?: string } | null }) => {
    const key = `errors.${r.body?.error ?? 'failed'}`;
    say(t(key) === key ? t('errors.failed') : t(key), true);
  };

  const name = h('input', { class: 'i-input', name: 'name', maxlength: 20, autocomplete: 'name' }) as HTMLInputElement;
  const phone = h('input', {
    class: 'i-input',
    name: 'phone',
    type: 'tel',
    inputmode: 'numeric',
    maxlength: 13,
    autocomplete: 'tel',
  }) as HTMLInputElement;
  const otp = h('input', {
    class: 'i-input',
    name: 'code',
    inputmode: 'numeric',
    maxlength: 6,
    autocomplete: 'one-time-code',
  }) as HTMLInputElement;
  const days = Array.from(
    { length: 1 + Math.round((Date.parse(p.lastDate) - Date.parse(p.firstDate)) / 86_400_000) },
    (_, i) => addDays(p.firstDate, i),
  );
  const date = h('select', { class: 'i-input', name: 'date' }) as HTMLSelectElement;
  for (const d of days) date.append(h('option', { value: d }, day(d)));

  const services = h(
    'fieldset',
    { class: 'i-choices' },
    h('legend', {}, t('form.service')),
    ...p.services.map((s, i) => radio('service', s, t(`form.${s}`), i === 0)),
  );
  const parts = h(
    'fieldset',
    { class: 'i-choices' },
    h('legend', {}, t('form.part')),
    radio('part', 'morning', t('form.morning'), true),
    radio('part', 'afternoon', t('form.afternoon'), false),
  );
  const picked = (n: string) => (root.querySelector(`input[name="${n}"]:checked`) as HTMLInputElement).value;

  const sendBtn = h('button', { type: 'button', class: 'i-btn i-btn-2' }, t('form.sendCode')) as HTMLButtonElement;
  const verifyStep = h(
    'div',
    { class: 'i-step', hidden: true },
    field(t('form.code'), otp),
    h('button', { type: 'submit', class: 'i-btn' }, t('form.verify')),
  );
  const bookStep = h(
    'div',
    { class: 'i-step', hidden: true },
    field(t('form.date'), date),
    parts,
    h('button', { type: 'submit', class: 'i-btn' }, t('form.book')),
  );
  const phoneOk = () => /^1[3-9]\d{9}$/.test(phone.value.replace(/[\s-]/g, ''));
  let ticket: string | null = null;
  let busy = false;

  sendBtn.addEventListener('click', async () => {
    const missing = !name.value.trim() ? name : !phoneOk() ? phone : null;
    if (missing) {
      say(t(missing === name ? 'form.required' : 'form.badPhone'), true);
      return missing.focus();
    }
    sendBtn.disabled = true;
    try {
      const r = await sendCode(code, phone.value.replace(/[\s-]/g, ''));
      if (!r.ok) return failed(r);
      say(t('form.sent', { phone: phone.value }));
      sendBtn.textContent = t('form.resend');
      verifyStep.hidden = false;
      otp.focus();
    } catch {
      say(t('errors.failed'), true);
    } finally {
      sendBtn.disabled = false;
    }
  });

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    busy = true;
    try {
      if (!ticket) {
        if (!/^\d{6}$/.test(otp.value)) return say(t('form.badCode'), true);
        const r = await verify(code, {
          name: name.value.trim(),
          phone: phone.value.replace(/[\s-]/g, ''),
          code: otp.value,
        });
        if (!r.ok) return r.status === 404 ? invalidPage() : failed(r);
        const v = r.value;
        if (v.state === 'booked') return bookedPage(p, v.booking);
        if (v.state !== 'verified') return politePage(p, v.state);
        ticket = v.ticket;
        for (const el of [name, phone, otp, sendBtn]) (el as HTMLInputElement).disabled = true;
        verifyStep.hidden = true;
        sendBtn.hidden = true;
        bookStep.hidden = false;
        say('');
        date.focus();
        return;
      }
      const r = await book(code, { ticket, service: picked('service'), date: date.value, partOfDay: picked('part') });
      if (!r.ok) return r.status === 404 ? invalidPage() : failed(r);
      bookedPage(p, r.value.booking);
    } catch {
      say(t('errors.failed'), true);
    } finally {
      busy = false;
    }
  }

  root.replaceChildren(
    h(
      'main',
      { class: 'i-page' },
      h('h1', { 'data-testid': 'invite-heading' }, t('heading', { who: who(p), center: centerName(p) })),
      h(
        'section',
        { class: 'i-card i-offer' },
        h('h2', {}, t('offer.title')),
        h('p', {}, t('offer.lead')),
        h(
          'ul',
          { class: 'i-offer-list' },
          ...t('offer.items')
            .split(' · ')
            .map((item) => h('li', {}, item)),
        ),
        h('p', { class: 'i-muted i-small' }, t('offer.note')),
      ),
      h(
        'form',
        { class: 'i-card', novalidate: true, onsubmit: (e: Event) => void submit(e) },
        h('h2', {}, t('form.title')),
        services,
        field(t('form.name'), name, t('form.nameHint')),
        field(t('form.phone'), phone),
        sendBtn,
        verifyStep,
        bookStep,
        status,
      ),
    ),
  );
}

void load();
