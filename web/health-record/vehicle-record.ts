/**
 * One vehicle's record for a screen: the mirrored rows (live, offline too) and what is computed from
 * them on the device — the projections, the next service and the status-first headline.
 */
import { type Accessor, createMemo } from 'solid-js';
import { healthSummary } from '@shared/health-record/health-summary.ts';
import { zonedDate } from '@shared/time.ts';
import { liveBills } from '../app/bill/bill.store.ts';
import { centerZone } from '../app/center.ts';
import { getVehicle, listDeliveries, listFindings, listReadings, listVisits } from './health-record.store.ts';

export function useVehicleRecord(id: Accessor<string | undefined>) {
  const vehicle = getVehicle(id);
  const visits = listVisits(id);
  const findings = listFindings(id);
  const readings = listReadings(id);
  const deliveries = listDeliveries(id);
  const bills = liveBills(id);
  const ready = () => vehicle.ready() && visits.ready() && findings.ready() && readings.ready();
  const sortedVisits = createMemo(() =>
    [...(visits() ?? [])].sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt)),
  );
  const summary = createMemo(() => {
    const v = vehicle();
    if (!v || !ready()) return null;
    const now = new Date();
    return healthSummary({
      vehicle: v,
      visits: visits() ?? [],
      findings: findings() ?? [],
      readings: readings() ?? [],
      now: now.toISOString(),
      today: zonedDate(now, centerZone()),
    });
  });
  return {
    vehicle,
    visits: sortedVisits,
    findings: () => findings() ?? [],
    readings: () => readings() ?? [],
    deliveryOf: (visitId: string) => (deliveries() ?? []).find((d) => d.visitId === visitId) ?? null,
    billOf: (visitId: string) => (bills() ?? []).find((b) => b.visitId === visitId) ?? null,
    summary,
    ready,
  };
}
