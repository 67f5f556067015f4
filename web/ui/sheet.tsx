import { Dialog } from '@kobalte/core/dialog';
import type { JSX } from 'solid-js';
import { Icon } from './icon.tsx';

/** A bottom sheet (Kobalte's accessible dialog: focus trap, Escape, labelled). */
export function Sheet(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  closeLabel: string;
  children: JSX.Element;
}) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay class="sheet-overlay" />
        <Dialog.Content class="sheet">
          <div class="sheet-header">
            <Dialog.Title as="h2">{props.title}</Dialog.Title>
            <Dialog.CloseButton class="btn btn-ghost" aria-label={props.closeLabel}>
              <Icon name="cross" />
            </Dialog.CloseButton>
          </div>
          {props.children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog>
  );
}
