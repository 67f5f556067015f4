import { describe, expect, it } from 'vitest';
import type { FindingView, ReadingView } from './record-view.schema.ts';
import type { VisitView } from './visit-view.schema.ts';
import { healthSummary } from './health-summary.ts';

const V = 'b0000000-0000-4000-8000-000000000000';
let n = 0;
const id = () => `a0000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const visit = (date: string, km: number, serviceCode = 'maintenance'): VisitView => ({
  id: id(),
  vehicleId: V,
  status: 'delivered',
  serviceCode,
  title: '保养',
  mileageKm: km,
  advisorName: null,
  technicianName: null,
  checkedInAt: `${date}T02:00:00.000Z`,
  deliveredAt: null,
  items: [],
  partsFen: 0,
  labourFen: 0,
  totalFen: 0,
  paidFen: 0,
  paidAt: null,
  paymentMethod: null,
  warrantyMonths: 12,
  warrantyUntil: null,
  note: null,
  media: [],
});
const reading = (
  component: string,
  kind: ReadingView['kind'],
  date: string,
  km: number,
  value: number,
): ReadingView => ({
  id: id(),
  vehicleId: V,
  visitId: null,
  component,
  kind,
  value,
  mileageKm: km,
  measuredAt: `${date}T02:00:00.000Z`,
});
const finding = (grade: FindingView['grade'], status: FindingView['status'] = 'open'): FindingView => ({
  id: id(),
  vehicleId: V,
  visitId: V,
  component: 'x',
  noteEn: null,
  recommendationEn: null,
  grade,
  measureKind: null,
  measureValue: null,
  note: '',
  recommendation: '',
  status,
  fixedInVisitId: null,
  technicianName: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  photos: [],
});

const visits = [visit('2025-06-01', 5_000), visit('2025-12-01', 10_000), visit('2026-06-01', 15_000)];
const readings = [
  reading('brake_pad_front', 'brake_pad_mm', '2025-06-01', 5_000, 8),
  reading('brake_pad_front', 'brake_pad_mm', '2025-12-01', 10_000, 6),
  reading('brake_pad_front', 'brake_pad_mm', '2026-06-01', 15_000, 4),
  reading('tread_fl', 'tread_mm', '2025-06-01', 5_000, 7),
  reading('tread_fl', 'tread_mm', '2026-06-01', 15_000, 5),
];
const base = {
  vehicle: { purchaseDate: '2025-01-01', mileageKm: 15_000 },
  visits,
  readings,
  now: '2026-07-01T02:00:00.000Z',
  today: '2026-07-01',
};

describe('healthSummary', () => {
  it('puts the component nearest its limit first and makes it the headline when within 90 days', () => {
    // Pads: 0.4 mm per 1,000 km, 1 mm left = 2,500 km; about 27 km a day → ~92 days after June 1 → ~62 days left.
    const s = healthSummary({ ...base, findings: [finding('yellow'), finding('green')] });
    expect(s.wear.map((w) => w.component)).toEqual(['brake_pad_front', 'tread_fl']);
    expect(s.headline.kind).toBe('wear');
    if (s.headline.kind === 'wear' && s.headline.wear.projection.status === 'projected') {
      expect(s.headline.wear.projection.daysLeft).toBeGreaterThan(40);
      expect(s.headline.wear.projection.daysLeft).toBeLessThan(90);
    }
  });
  it('an open red finding comes before anything else; a fixed one does not count', () => {
    expect(healthSummary({ ...base, findings: [finding('red')] }).headline.kind).toBe('red_finding');
    expect(healthSummary({ ...base, findings: [finding('red', 'fixed')] }).headline.kind).toBe('wear');
  });
  it('with nothing near, says all is good and when the next service is due', () => {
    const s = healthSummary({ ...base, readings: [], findings: [finding('green')] });
    expect(s.headline).toMatchObject({ kind: 'all_good', due: { dueDate: '2026-11-01', by: 'time' } });
    expect(healthSummary({ ...base, readings: [], findings: [finding('yellow')] }).headline.kind).toBe(
      'yellow_finding',
    );
  });
});
