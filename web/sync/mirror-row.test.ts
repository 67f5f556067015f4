/** The pull keeps a row only if it passes its entity's schema; a bad row is skipped and logged, not cast. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '@shared/sync/sync.schema.ts';
import { mirrorRow } from './mirror-row.ts';

const ID = '0b6f7d0e-4c1a-4f6e-9a39-2a3e6c1d5b11';
const vehicle = {
  id: ID,
  customerId: ID,
  model: '帕萨特',
  plate: '沪A·12345',
  vin: 'LSVAX60E9K2000001',
  color: null,
  mileageKm: 42_000,
  purchaseDate: '2019-05-01',
  warrantyUntil: null,
  warrantyKm: null,
};
const change = (entity: string, data: Record<string, unknown>): Change => ({
  seq: 7,
  entity,
  id: ID,
  scope: '',
  op: 'put',
  data,
});

afterEach(() => vi.restoreAllMocks());

describe('mirrorRow', () => {
  it('keeps a row that passes its schema, typed by its entity', () => {
    const row = mirrorRow(change('vehicle', vehicle));
    expect(row).toMatchObject({ entity: 'vehicle', id: ID, seq: 7, data: { plate: '沪A·12345' } });
  });

  it('skips and logs a row that fails its schema, naming the field', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(mirrorRow(change('vehicle', { ...vehicle, mileageKm: 'many' }))).toBeNull();
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]?.[0])).toMatch(/vehicle row .*mileageKm/);
  });

  it('skips and logs a row of an entity this app version does not know', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(mirrorRow(change('hovercraft', vehicle))).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });
});
