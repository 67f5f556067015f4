/** The booking detail's two change sheets: pick a new time, or confirm the cancellation. */
import { createSignal } from 'solid-js';
import type { Slot } from '@shared/booking/slot.schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { Sheet } from '../ui/sheet.tsx';
import { whenText } from './booking-words.ts';
import { cancelBooking, rescheduleBooking } from './booking.store.ts';
import { SlotPicker } from './slot-picker.tsx';

type SheetProps = { open: boolean; onOpenChange: (open: boolean) => void };

export function RescheduleSheet(
  props: SheetProps & { bookingId: string; serviceTypeId: string; onRescheduled: () => void },
) {
  const t = useT();
  const [newTime, setNewTime] = createSignal<Slot | null>(null);
  return (
    <Sheet
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('booking.rescheduleTitle')}
      closeLabel={t('booking.close')}
    >
      <SlotPicker
        serviceTypeId={props.serviceTypeId}
        selected={newTime()?.startsAt ?? null}
        onSelect={(s) => setNewTime(s)}
      />
      <Button
        block
        disabled={!newTime()}
        data-testid="confirm-reschedule"
        onClick={async () => {
          await rescheduleBooking(props.bookingId, newTime()!.startsAt);
          props.onRescheduled();
          props.onOpenChange(false);
          setNewTime(null);
        }}
      >
        {newTime()
          ? t('booking.rescheduleConfirm', { when: whenText(newTime()!.startsAt) })
          : t('booking.form.chooseSlot')}
      </Button>
    </Sheet>
  );
}

export function CancelSheet(props: SheetProps & { bookingId: string; startsAt: string }) {
  const t = useT();
  return (
    <Sheet
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('booking.cancelTitle')}
      closeLabel={t('booking.close')}
    >
      <p>{t('booking.cancelLead', { when: whenText(props.startsAt) })}</p>
      <div class="booking-actions">
        <Button
          block
          data-testid="confirm-cancel"
          onClick={async () => {
            await cancelBooking(props.bookingId);
            props.onOpenChange(false);
          }}
        >
          {t('booking.cancelYes')}
        </Button>
        <Button variant="ghost" block onClick={() => props.onOpenChange(false)}>
          {t('booking.keep')}
        </Button>
      </div>
    </Sheet>
  );
}
