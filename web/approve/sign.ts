/**
 * Signing on the link page: a typed full name, or a drawn signature (signature_pad, fetched only
 * when the customer picks "draw"). Nothing is sent until the confirm button.
 */
import type { Signature } from '@shared/quotes/authorization.schema.ts';
import { h, t } from './dom.ts';

/** Resolves to a problem to show, or nothing when the page moved on. */
type Submit = (signature: Signature) => Promise<string | undefined>;

export function signSection(submit: Submit) {
  let mode: 'typed' | 'drawn' = 'typed';
  let pad: import('signature_pad').default | null = null;
  let ready = false;
  let busy = false;
  const name = h('input', { type: 'text', autocomplete: 'name', maxlength: 60, id: 'a-name' }) as HTMLInputElement;
  const problem = h('p', { class: 'a-problem', role: 'alert' });
  const button = h('button', { type: 'button', class: 'a-btn' }, t('sheet.confirm')) as HTMLButtonElement;
  const area = h('div', {});
  const modeBtn = (m: 'typed' | 'drawn') =>
    h(
      'button',
      { type: 'button', class: 'a-choice', 'aria-pressed': String(mode === m), onclick: () => setMode(m) },
      t(`sheet.${m}`),
    );
  const modes = h('div', { class: 'a-modes', role: 'group' });

  const refresh = () => {
    button.disabled = !ready || busy;
    button.textContent = busy ? t('link.submitting') : t('sheet.confirm');
  };
  async function setMode(m: 'typed' | 'drawn') {
    mode = m;
    modes.replaceChildren(modeBtn('typed'), modeBtn('drawn'));
    problem.textContent = '';
    if (m === 'typed')
      return area.replaceChildren(h('label', { class: 'a-field', for: 'a-name' }, t('sheet.nameLabel')), name);
    area.replaceChildren(h('p', { class: 'a-muted' }, t('sheet.loading')));
    const { default: SignaturePad } = await import('signature_pad');
    const canvas = h('canvas', { class: 'a-pad', 'aria-label': t('sheet.drawHint'), role: 'img' }) as HTMLCanvasElement;
    const clear = h('button', { type: 'button', class: 'a-link', onclick: () => pad?.clear() }, t('sheet.clear'));
    area.replaceChildren(h('p', { class: 'a-muted' }, t('sheet.drawHint')), canvas, clear);
    const ratio = Math.max(devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')!.scale(ratio, ratio);
    pad = new SignaturePad(canvas, { penColor: '#111827' });
  }

  button.addEventListener('click', async () => {
    let signature: Signature;
    if (mode === 'typed') {
      const n = name.value.trim();
      if (n.length < 2) {
        problem.textContent = t('sheet.needName');
        return;
      }
      signature = { kind: 'typed', name: n };
    } else {
      if (!pad || pad.isEmpty()) {
        problem.textContent = t('sheet.needDrawing');
        return;
      }
      signature = { kind: 'drawn', image: pad.toDataURL('image/png') };
    }
    busy = true;
    refresh();
    const failed = await submit(signature).catch(() => t('link.failed'));
    busy = false;
    refresh();
    if (typeof failed === 'string') problem.textContent = failed;
  });

  void setMode('typed');
  const el = h(
    'section',
    { class: 'a-card a-sign' },
    h('h2', {}, t('sheet.title')),
    h('p', { class: 'a-muted' }, t('sheet.intro')),
    modes,
    area,
    problem,
    button,
  );
  return {
    el,
    setReady: (r: boolean) => {
      ready = r;
      refresh();
    },
  };
}
