/**
 * How to reach the center from where the customer is waiting: call or text the desk (the advisor's
 * line), and the address with a map link. The map opens Amap's public URI search (works in any
 * browser and hands over to the Amap app when installed), so no map SDK is loaded.
 */
import { Show } from 'solid-js';
import type { Center } from '@shared/center/center.schema.ts';
import { pick, useT } from '../i18n/i18n.ts';
import { Icon } from '../ui/icon.tsx';

export const mapUrl = (c: Pick<Center, 'name' | 'address'>) =>
  `https://uri.amap.com/search?keyword=${encodeURIComponent(`${c.name} ${c.address}`)}&callnative=1`;

const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

export function CenterContact(props: { center: Center; advisorName?: string | null }) {
  const t = useT();
  const name = () => pick(props.center.name, props.center.nameEn);
  const address = () => pick(props.center.address, props.center.addressEn);
  return (
    <section class="card center-contact" aria-labelledby="center-contact-title" data-testid="center-contact">
      <h2 id="center-contact-title">{t('app.contact.title')}</h2>
      <Show when={props.advisorName}>
        <p>{t('app.contact.advisor', { name: props.advisorName! })}</p>
      </Show>
      <p class="muted">
        {name()}
        <br />
        {address()}
      </p>
      <div class="row center-contact-actions">
        <a
          class="btn btn-secondary"
          href={`tel:${dialable(props.center.phone)}`}
          aria-label={t('app.contact.callLabel', { center: name(), phone: props.center.phone })}
        >
          <Icon name="phone" /> {t('app.contact.call')}
        </a>
        <a
          class="btn btn-secondary"
          href={`sms:${dialable(props.center.phone)}`}
          aria-label={t('app.contact.messageLabel', { center: name() })}
        >
          <Icon name="message" /> {t('app.contact.message')}
        </a>
        <a
          class="btn btn-secondary"
          href={mapUrl(props.center)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('app.contact.mapLabel', { center: name(), address: address() })}
        >
          <Icon name="map" /> {t('app.contact.map')}
        </a>
      </div>
    </section>
  );
}
