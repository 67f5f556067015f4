/**
 * Helpers for the family tests (real server, real database): customers with a session of their own
 * (made through the services, so the samples do not use up the per-IP code limit), an invitation
 * from the owner's API, and its acceptance with the code texted to the invitee.
 */
import { randomUUID } from 'node:crypto';

import type { FamilyInvitation, FamilyScope } from '@shared/family/family.schema.ts';
import type { PullResponse, PushResponse } from '@shared/sync/sync.schema.ts';
import type { TestServer } from '../../tests/helpers/test-server.ts';
import { createSession } from '../auth/session.service.ts';
import { centers } from '../center/center.table.ts';
import { createCustomer } from '../customers/customer.service.ts';
import { createVehicle } from '../vehicles/vehicle.service.ts';

export type Who = {
  id: string;
  phone: string;
  get: <T = unknown>(path: string) => Promise<{ status: number; body: T }>;
  post: <T = unknown>(path: string, json?: unknown) => Promise<{ status: number; body: T }>;
};

let serial = 0;
const run = String(process.pid % 1000).padStart(3, '0');

export function clientFor(s: TestServer, cookie: string, id: string, phone: string): Who {
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(s.url + path, {
      ...init,
      headers: { cookie, 'content-type': 'application/json' },
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  };
  return {
    id,
    phone,
    get: (path) => call(path),
    post: (path, json = {}) => call(path, { method: 'POST', body: JSON.stringify(json) }),
  };
}

/** A new customer of the demo center, signed in. */
export async function customer(s: TestServer, name: string): Promise<Who> {
  const [center] = await s.db.db.select().from(centers).limit(1);
  const phone = `166${run}${String(++serial).padStart(5, '0')}`;
  const c = await s.db.db.transaction((tx) => createCustomer(tx, { centerId: center!.id, phone, name }));
  const token = await createSession(s.db.db, { kind: 'customer', id: c.id }, s.clock.now(), 'family-test');
  return clientFor(s, `pitlane=${token}`, c.id, phone);
}

/** A vehicle of the customer's, registered through the service. */
export async function vehicleOf(s: TestServer, customerId: string) {
  const k = `${run}${String(++serial).padStart(5, '0')}`;
  const v = await s.db.db.transaction((tx) =>
    createVehicle(tx, {
      customerId,
      model: 'Tesla Model Y',
      plate: `沪F${k.slice(-5)}`,
      vin: `LRWFAM${k.padStart(11, '0')}`.slice(0, 17),
      color: null,
      mileageKm: 5000,
      purchaseDate: '2025-03-01',
      warrantyUntil: null,
      warrantyKm: null,
    }),
  );
  return v.id;
}

export async function invite(owner: Who, vehicleId: string, to: Who, scope: FamilyScope = 'book', approveLimitFen = 0) {
  return owner.post<FamilyInvitation & { error?: string }>('/api/family/invitations', {
    vehicleId,
    phone: to.phone,
    scope,
    approveLimitFen,
  });
}

export const textedCode = (s: TestServer, phone: string) => s.sms.last(phone)?.text.match(/\d{6}/)?.[0] ?? '';

export async function accept(s: TestServer, who: Who, invitationId: string) {
  return who.post<{ membershipId: string; vehicleId: string; error?: string }>(
    `/api/family/invitations/${invitationId}/accept`,
    { code: textedCode(s, who.phone) },
  );
}

/** Invited and accepted: the membership id. */
export async function share(
  s: TestServer,
  owner: Who,
  vehicleId: string,
  to: Who,
  scope: FamilyScope = 'book',
  limit = 0,
) {
  const inv = await invite(owner, vehicleId, to, scope, limit);
  if (inv.status !== 201) throw new Error(`invite: ${inv.status} ${JSON.stringify(inv.body)}`);
  const r = await accept(s, to, inv.body.id);
  if (r.status !== 200) throw new Error(`accept: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.membershipId;
}

/** One device of a customer: pushes a mutation, answers its result. */
export function deviceOf(who: Who) {
  const clientId = randomUUID();
  let seq = 0;
  return async (name: string, args: unknown) => {
    seq += 1;
    const r = await who.post<PushResponse>('/api/sync/push', {
      clientId,
      mutations: [{ seq, name, args, at: new Date().toISOString() }],
    });
    if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.results.find((x) => x.seq === seq)!;
  };
}

/** The customer's mirror after a full pull: ids per entity (deleted rows dropped). */
export async function mirrorOf(who: Who) {
  const rows = new Map<string, Record<string, unknown>>();
  let since = 0;
  for (;;) {
    const r = await who.get<PullResponse>(`/api/sync/pull?since=${since}`);
    for (const ch of r.body.changes) {
      if (ch.op === 'delete') rows.delete(`${ch.entity}:${ch.id}`);
      else rows.set(`${ch.entity}:${ch.id}`, ch.data!);
    }
    since = r.body.cursor;
    if (!r.body.hasMore) break;
  }
  const of = <T = Record<string, unknown>>(entity: string) =>
    [...rows.entries()].filter(([k]) => k.startsWith(`${entity}:`)).map(([, v]) => v as T);
  return { of, has: (entity: string, id: string) => rows.has(`${entity}:${id}`) };
}
