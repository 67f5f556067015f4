/**
 * The personal link: its QR code (drawn on the device from the link alone, with `qrcode`), and
 * sharing through the Web Share API where the phone has it, copying otherwise.
 */
import { createResource, createSignal, Show } from 'solid-js';
import { addressOf, type ReferralLink } from '@shared/referral/referral.schema.ts';
import { inviteUrl, QR_OPTIONS } from '@shared/referral/invite-link.ts';
import { useCenter } from '../app/center.ts';
import { locale, pick, useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';

async function qrSvg(url: string) {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, QR_OPTIONS);
}

export function LinkCard(props: { link: ReferralLink & { code: string }; onEdit: () => void }) {
  const t = useT();
  const center = useCenter();
  const url = () => inviteUrl(location.origin, props.link.code);
  const who = () => addressOf(props.link.familyName, props.link.title, locale() === 'en' ? 'en' : 'zh');
  const [svg] = createResource(url, qrSvg);
  const [note, setNote] = createSignal('');
  const canShare = typeof navigator.share === 'function';

  async function share() {
    try {
      await navigator.share({
        title: t('referral.link.shareTitle'),
        text: t('referral.link.shareText', { who: who() }),
        url: url(),
      });
    } catch {
      // The customer closed the share sheet: nothing to say.
    }
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(url());
      setNote(t('referral.link.copied'));
    } catch {
      setNote(t('referral.link.copyFailed'));
    }
  }
  return (
    <Card title={t('referral.link.title')} data-testid="referral-link">
      <p>
        {t('referral.link.preview', { who: who(), center: center() ? pick(center()!.name, center()!.nameEn) : '' })}
      </p>
      <Show when={svg()}>
        {(s) => (
          <img
            class="ref-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s())}`}
            alt={t('referral.link.qrAlt')}
            width="240"
            height="240"
            data-testid="referral-qr"
            data-payload={url()}
          />
        )}
      </Show>
      <input
        class="input ref-url"
        readonly
        value={url()}
        aria-label={t('referral.link.title')}
        data-testid="referral-url"
      />
      <div class="stack">
        <Show when={canShare}>
          <Button block onClick={share}>
            {t('referral.link.share')}
          </Button>
        </Show>
        <Button block variant={canShare ? 'secondary' : 'primary'} onClick={copy} data-testid="referral-copy">
          {t('referral.link.copy')}
        </Button>
        <p class="muted ref-small" role="status">
          {note()}
        </p>
        <Button variant="ghost" onClick={() => props.onEdit()}>
          {t('referral.link.edit')}
        </Button>
      </div>
    </Card>
  );
}
