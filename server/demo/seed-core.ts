import { addMonths } from '@shared/health-record/dates.ts';
import { yuan } from '@shared/money.ts';
import { addDays, zonedDate } from '@shared/time.ts';
import { createCenter } from '../center/center.service.ts';
import { createCustomer } from '../customers/customer.service.ts';
import type { Tx } from '../db/client.ts';
import { hashPassword } from '../auth/crypto.ts';
import { createStaff } from '../staff/staff.service.ts';
import { createVehicle } from '../vehicles/vehicle.service.ts';
import { promiseCache } from './promise-cache.ts';
import { DEMO_CUSTOMER_PHONE, DEMO_SECOND_CUSTOMER_PHONE, DEMO_STAFF } from './demo.constants.ts';

const DAILY = { open: 8 * 60 + 30, close: 18 * 60 };

export type CoreDemo = Awaited<ReturnType<typeof seedCore>>;

// The demo staff's password hashes: scrypt is slow on purpose (about 50 ms each).
const demoPasswordHash = promiseCache<string>();

/** The center, its team, 张先生 with a Model 3 at 20,000 km and 王女士 with a Model Y due for first service. */
export async function seedCore(tx: Tx, now: Date) {
  const centerId = await createCenter(tx, {
    name: '徐汇服务中心',
    nameEn: 'Xuhui Service Center',
    address: '上海市徐汇区漕溪北路 88 号',
    addressEn: '88 Caoxi North Road, Xuhui District, Shanghai',
    phone: '021-6468 0000',
    timeZone: 'Asia/Shanghai',
    bays: 6,
    openingHours: [DAILY, DAILY, DAILY, DAILY, DAILY, DAILY, DAILY],
    serviceTypes: [
      {
        code: 'maintenance',
        nameZh: '常规保养',
        nameEn: 'Routine maintenance',
        durationMinutes: 90,
        priceFromFen: yuan(680),
      },
      { code: 'first_service', nameZh: '首次保养', nameEn: 'First service', durationMinutes: 60, priceFromFen: 0 },
      {
        code: 'tire_rotation',
        nameZh: '轮胎换位',
        nameEn: 'Tyre rotation',
        durationMinutes: 45,
        priceFromFen: yuan(200),
      },
      { code: 'brake_check', nameZh: '刹车检查', nameEn: 'Brake check', durationMinutes: 60, priceFromFen: yuan(150) },
      {
        code: 'cabin_filter',
        nameZh: '空调滤芯更换',
        nameEn: 'Cabin filter replacement',
        durationMinutes: 30,
        priceFromFen: yuan(280),
      },
      {
        code: 'diagnosis',
        nameZh: '故障诊断',
        nameEn: 'Fault diagnosis',
        durationMinutes: 120,
        priceFromFen: yuan(300),
      },
    ],
  });
  const staff = Object.fromEntries(
    await Promise.all(
      DEMO_STAFF.map(async ({ password, ...s }) => {
        const passwordHash = await demoPasswordHash(password, () => hashPassword(password));
        return [s.role, await createStaff(tx, { ...s, centerId, passwordHash })] as const;
      }),
    ),
  ) as Record<(typeof DEMO_STAFF)[number]['role'], Awaited<ReturnType<typeof createStaff>>>;

  const zhang = await createCustomer(tx, { centerId, phone: DEMO_CUSTOMER_PHONE, name: '张先生' });
  const model3 = await createVehicle(tx, {
    customerId: zhang.id,
    model: 'Tesla Model 3 后轮驱动版',
    plate: '沪AD12345',
    vin: 'LRW3E7FA5MC123456',
    color: '珍珠白',
    mileageKm: 20_000,
    // Two years and two days before today (about 2024-10-18 in the seeds): the purchase-anniversary card
    // (shared/anniversary) is in its two weeks whenever the demo is seeded.
    purchaseDate: addMonths(addDays(zonedDate(now, 'Asia/Shanghai'), -2), -24),
    warrantyUntil: '2028-10-17',
    warrantyKm: 80_000,
  });
  const wang = await createCustomer(tx, { centerId, phone: DEMO_SECOND_CUSTOMER_PHONE, name: '王女士' });
  const modelY = await createVehicle(tx, {
    customerId: wang.id,
    model: 'Tesla Model Y 长续航版',
    plate: '沪AF67890',
    vin: 'LRWYGCEK8PC654321',
    color: '深海蓝',
    mileageKm: 8_000,
    purchaseDate: '2026-05-10',
    warrantyUntil: '2030-05-09',
    warrantyKm: 80_000,
  });
  return { centerId, staff, zhang, model3, wang, modelY };
}
