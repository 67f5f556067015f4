/**
 * The drawn signature (signature_pad, loaded only when the customer chooses to draw). The canvas is
 * sized for the screen's pixel ratio; each finished stroke reports the PNG, an empty pad reports null.
 */
import { onCleanup, onMount } from 'solid-js';

export default function SignaturePadBox(props: {
  label: string;
  clearLabel: string;
  onChange: (png: string | null) => void;
}) {
  let canvas!: HTMLCanvasElement;
  let pad: import('signature_pad').default | undefined;
  onMount(async () => {
    const { default: SignaturePad } = await import('signature_pad');
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')!.scale(ratio, ratio);
    pad = new SignaturePad(canvas, { penColor: '#111827', minWidth: 1, maxWidth: 2.5 });
    pad.addEventListener('endStroke', () => props.onChange(pad!.isEmpty() ? null : pad!.toDataURL('image/png')));
  });
  onCleanup(() => pad?.off());
  return (
    <div class="q-pad">
      <canvas ref={canvas} class="q-pad-canvas" aria-label={props.label} role="img" data-testid="signature-canvas" />
      <button
        type="button"
        class="btn btn-ghost"
        onClick={() => {
          pad?.clear();
          props.onChange(null);
        }}
      >
        {props.clearLabel}
      </button>
    </div>
  );
}
