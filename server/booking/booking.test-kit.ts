/**
 * Test and bench helpers for booking: many separate customers, each with a vehicle, a session and
 * a device (client id), who push booking mutations through the real /api/sync/push.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createSession } from '../auth/session.service.ts';
import { centers, serviceTypes } from '../center/center.table.ts';
import { createCustomer } from '../customers/customer.service.ts';
import type { Db } from '../db/client.ts';
import { createVehicle } from '../vehicles/vehicle.service.ts';

export type Device = {
  customerId: string;
  vehicleId: string;
  cookie: string;
  clientId: string;
  seq: number;
  /** Pushes one mutation (the next seq of this device) and answers the HTTP status and body. */
  push: (name: string, args: unknown) => Promise<{ status: number; body: PushBody }>;
};
export type PushBody = {
  results?: { seq: number; status: string; reason?: string; result?: unknown }[];
  error?: string;
};

let serial = 0;

/** n customers with a vehicle, a session and a device; `parallel` of them are made at a time. */
export async function makeDevices(
  db: Db,
  baseUrl: string,
  n: number,
  now = new Date(),
  parallel = 1,
): Promise<Device[]> {
  const [center] = await db.select().from(centers).limit(1);
  const run = `${process.pid % 1000}${Date.now() % 100000}`.slice(-6);
  const make = async (): Promise<Device> => {
    const k = serial++;
    const id = `${run}${String(k).padStart(4, '0')}`.slice(-8);
    const { customer, vehicle } = await db.transaction(async (tx) => {
      const customer = await createCustomer(tx, { centerId: center!.id, phone: `147${id}`, name: `测试${k}` });
      const vehicle = await createVehicle(tx, {
        customerId: customer.id,
        model: 'Tesla Model 3',
        plate: `沪T${id.slice(-5)}${String.fromCharCode(65 + (k % 26))}`,
        vin: `LRWTEST${id.padStart(10, '0')}`.slice(0, 17),
        color: null,
        mileageKm: 1000,
        purchaseDate: '2025-01-01',
        warrantyUntil: null,
        warrantyKm: null,
      });
      return { customer, vehicle };
    });
    const token = await createSession(db, { kind: 'customer', id: customer.id }, now, 'test-kit');
    const device: Device = {
      customerId: customer.id,
      vehicleId: vehicle.id,
      cookie: `pitlane=${token}`,
      clientId: randomUUID(),
      seq: 0,
      push: async (name, args) => {
        device.seq += 1;
        const res = await fetch(`${baseUrl}/api/sync/push`, {
          method: 'POST',
          headers: { cookie: device.cookie, 'content-type': 'application/json' },
          body: JSON.stringify({
            clientId: device.clientId,
            mutations: [{ seq: device.seq, name, args, at: new Date().toISOString() }],
          }),
        });
        return { status: res.status, body: (await res.json().catch(() => ({}))) as PushBody };
      },
    };
    return device;
  };
  const devices: Device[] = [];
  while (devices.length < n) {
    const batch = Math.min(parallel, n - devices.length);
    devices.push(...(await Promise.all(Array.from({ length: batch }, make))));
  }
  return devices;
}

export async function serviceTypeByCode(db: Db, code: string) {
  const [t] = await db.select().from(serviceTypes).where(eq(serviceTypes.code, code));
  return t!;
}
