/** The invite page's end states: booked, a polite "this earns nothing", an invalid link, no network. */
import type { InviteBooking, InvitePage } from '@shared/referral/invite.schema.ts';
import { day, h, lang, t } from './dom.ts';

const root = () => document.getElementById('app')!;

export const who = (p: InvitePage) => (lang === 'en' ? p.referrer.en : p.referrer.zh);
export const centerName = (p: InvitePage) => (lang === 'en' ? p.center.nameEn : p.center.name);

const callLink = (phone: string | null) =>
  phone ? h('a', { class: 'i-btn i-btn-2', href: `tel:${phone.replace(/[^\d+]/g, '')}` }, t('call', { phone })) : null;

export function messagePage(state: string, title: string, body: string, extra: (Node | null)[] = []) {
  root().replaceChildren(
    h('main', { class: 'i-page i-message', 'data-state': state }, h('h1', {}, title), h('p', {}, body), ...extra),
  );
}

export const invalidPage = () => messagePage('invalid', t('invalid.title'), t('invalid.body'));

export const networkPage = (retry: () => void) =>
  messagePage('network', t('network.title'), t('network.body'), [
    h('button', { type: 'button', class: 'i-btn', onclick: retry }, t('network.retry')),
  ]);

export function politePage(p: InvitePage, state: 'own_link' | 'already_customer' | 'already_invited') {
  messagePage(state, t(`polite.${state}.title`), t(`polite.${state}.body`), [
    state === 'already_invited' ? callLink(p.center.phone) : h('a', { class: 'i-btn', href: '/' }, t('polite.openApp')),
  ]);
}

export function bookedPage(p: InvitePage, b: InviteBooking) {
  messagePage(
    'booked',
    t('booked.title'),
    t('booked.body', { date: day(b.date), part: t(`form.${b.partOfDay}`), service: t(`form.${b.service}`) }),
    [h('p', {}, t('booked.thanks', { who: who(p) })), callLink(p.center.phone)],
  );
}
