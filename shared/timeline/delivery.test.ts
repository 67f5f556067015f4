import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BuildDeliverySchema, bookingLink, serviceForComponent } from './delivery.schema.ts';

describe('delivery summary helpers', () => {
  it('builds the one-tap booking link for a vehicle and a service', () => {
    expect(bookingLink('5b0f6d1e-0000-4000-8000-000000000001', 'brake_check')).toBe(
      '/booking?vehicle=5b0f6d1e-0000-4000-8000-000000000001&service=brake_check',
    );
  });

  it('maps a finding’s component to the service that would book it', () => {
    expect(serviceForComponent('前刹车片')).toBe('brake_check');
    expect(serviceForComponent('Rear tyre tread')).toBe('tire_rotation');
    expect(serviceForComponent('空调滤芯')).toBe('cabin_filter');
    expect(serviceForComponent('雨刮片')).toBe('maintenance');
  });

  it('refuses a checklist that names the same check twice', () => {
    const twice = {
      checks: [
        { key: 'brakes', note: 'a' },
        { key: 'brakes', note: 'b' },
      ],
    };
    expect(v.safeParse(BuildDeliverySchema, twice).success).toBe(false);
    expect(v.safeParse(BuildDeliverySchema, { checks: [{ key: 'brakes', note: 'a' }] }).success).toBe(true);
  });
});
