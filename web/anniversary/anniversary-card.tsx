import { createMemo, For, Show } from 'solid-js';
import {
  anniversaryCard,
  CO2_AVOIDED_G_PER_KM,
  PETROL_L_PER_100KM,
  TREE_KG_CO2_PER_YEAR,
} from '@shared/anniversary/anniversary.ts';
import { ENTITIES } from '@shared/sync/entities.ts';
import { zonedDate } from '@shared/time.ts';
import { centerZone, fmtDay } from '../app/center.ts';
import { intlLocale, pick, useT } from '../i18n/i18n.ts';
import { modelShown } from '../i18n/workshop-words.ts';
import { Card } from '../ui/card.tsx';
import { Icon } from '../ui/icon.tsx';
import { liveRecord, liveRecords } from '../sync/records.ts';
import './anniversary.css';

/**
 * The purchase anniversary card on the vehicle screen (seed 003, moment 11), for the two weeks from the
 * anniversary. Every figure comes from the mirrored record: the odometer read at each check-in (and
 * 0 km on the purchase day: the center's cars are delivered new), the visits, what was done.
 */
export function AnniversaryCard(props: { vehicleId: string }) {
  const t = useT();
  const vehicle = liveRecord(ENTITIES.vehicle, () => props.vehicleId);
  const visits = liveRecords(ENTITIES.visit, () => props.vehicleId);
  const card = createMemo(() => {
    const v = vehicle();
    if (!v || !visits.ready()) return null;
    const zone = centerZone();
    const list = visits() ?? [];
    const day = (iso: string) => zonedDate(new Date(iso), zone);
    return anniversaryCard({
      purchaseDate: v.purchaseDate,
      today: zonedDate(new Date(), zone),
      model: modelShown(v.model).text,
      odometer: [{ date: v.purchaseDate, km: 0 }, ...list.map((x) => ({ date: day(x.checkedInAt), km: x.mileageKm }))],
      visits: list.map((x) => ({ date: day(x.checkedInAt), done: x.items.map((i) => pick(i.title, i.titleEn)) })),
    });
  });
  const n = (x: number, digits = 0) =>
    new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
  return (
    <Show when={card()}>
      {(c) => (
        <Card class="an-card" data-testid="anniversary-card" aria-labelledby="an-title">
          <p class="an-kicker">
            <Icon name="gift" /> {t('anniversary.kicker', { date: fmtDay(c().anniversary) })}
          </p>
          <h2 id="an-title">
            {t('anniversary.title', { model: modelShown(vehicle()?.model ?? '').text, n: c().years })}
          </h2>
          <ul class="an-figures">
            <li data-testid="anniversary-km">{t('anniversary.km', { km: n(c().km) })}</li>
            <li data-testid="anniversary-visits">{t('anniversary.visits', { n: c().visits })}</li>
            <Show when={c().co2Kg !== null}>
              <li data-testid="anniversary-co2">
                {t('anniversary.co2', { t: n(c().co2Kg! / 1000, 1), trees: n(c().trees!) })}
              </li>
            </Show>
          </ul>
          <Show when={c().fixed.length > 0}>
            <h3>{t('anniversary.fixed')}</h3>
            <ul class="an-fixed">
              <For each={c().fixed}>{(f) => <li>{f}</li>}</For>
            </ul>
          </Show>
          <Show when={c().co2Kg !== null}>
            <p class="muted an-factor">
              {t('anniversary.factor', {
                g: CO2_AVOIDED_G_PER_KM,
                l: n(PETROL_L_PER_100KM, 1),
                kg: n(TREE_KG_CO2_PER_YEAR, 1),
              })}
            </p>
          </Show>
        </Card>
      )}
    </Show>
  );
}

export default AnniversaryCard;
