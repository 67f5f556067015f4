/**
 * Helpers for the quote tests (real server, real database): the demo quote, a fresh sent quote, a
 * push of one mutation from a device, and the customer's mirrored rows after a pull.
 */
import { randomUUID } from 'node:crypto';
import type { LineInput, StaffQuote, StaffVisitQuotes } from '@shared/quotes/staff-quote.schema.ts';
import type { PullResponse, PushResponse } from '@shared/sync/sync.schema.ts';
import type { SmsMessage } from '../auth/sms.ts';
import { DEMO_CUSTOMER_PHONE } from '../demo/demo.constants.ts';
import type { Client, TestServer } from '../../tests/helpers/test-server.ts';

export type Sent = { quote: StaffQuote; link: { sentTo: string; expiresAt: string }; path: string };

type Texts = { last: (to: string, kind?: SmsMessage['kind']) => SmsMessage | undefined };

/** The approval link's path in the last text message to the customer: only the phone ever has it. */
export function textedPath(sms: Texts, phone = DEMO_CUSTOMER_PHONE): string {
  const text = sms.last(phone, 'quote_link')?.text ?? '';
  const m = text.match(/\/approve\.html\?q=[0-9a-f-]{36}#[\w-]{49}/);
  if (!m) throw new Error('no approval link was texted');
  return m[0];
}

export async function openVisits(staff: Client) {
  const r = await staff.get<StaffVisitQuotes[]>('/api/staff/quotes/visits');
  if (r.status !== 200) throw new Error(`visits: ${r.status}`);
  return r.body;
}

/** The seeded quote waiting for 张先生, as staff see it. */
export async function demoQuote(staff: Client): Promise<StaffQuote> {
  const visits = await openVisits(staff);
  const summary = visits.flatMap((v) => v.quotes).find((q) => q.kind === 'standard');
  if (!summary) throw new Error('no demo quote');
  return (await staff.get<StaffQuote>(`/api/staff/quotes/${summary.id}`)).body;
}

export async function createAndSend(
  staff: Client,
  visitId: string,
  lines: LineInput[],
  kind: 'standard' | 'supplementary' = 'standard',
  sms?: Texts,
): Promise<Sent> {
  const created = await staff.post<StaffQuote>('/api/staff/quotes', {
    visitId,
    kind,
    title: kind === 'standard' ? '追加项目' : '维修中发现的问题',
    lines,
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const sent = await staff.post<Omit<Sent, 'path'>>(`/api/staff/quotes/${created.body.id}/send`, {});
  if (sent.status !== 200) throw new Error(`send: ${sent.status} ${JSON.stringify(sent.body)}`);
  return { ...sent.body, path: sms ? textedPath(sms) : '' };
}

export const tokenOf = (path: string) => path.slice(path.indexOf('#') + 1);

export type Device = {
  clientId: string;
  seq: number;
  push: (name: string, args: unknown) => Promise<PushResponse['results'][number]>;
};

export function device(customer: Client): Device {
  const d: Device = {
    clientId: randomUUID(),
    seq: 0,
    push: async (name, args) => {
      d.seq += 1;
      const r = await customer.post<PushResponse>('/api/sync/push', {
        clientId: d.clientId,
        mutations: [{ seq: d.seq, name, args, at: new Date().toISOString() }],
      });
      if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.results.find((x) => x.seq === d.seq)!;
    },
  };
  return d;
}

/** The customer's mirror after a full pull: the newest row per (entity, id); deleted rows dropped. */
export async function mirror(customer: Client) {
  const rows = new Map<string, Record<string, unknown>>();
  let since = 0;
  for (;;) {
    const r = await customer.get<PullResponse>(`/api/sync/pull?since=${since}`);
    for (const ch of r.body.changes) {
      const key = `${ch.entity}:${ch.id}`;
      if (ch.op === 'delete') rows.delete(key);
      else rows.set(key, ch.data!);
    }
    since = r.body.cursor;
    if (!r.body.hasMore) break;
  }
  const of = <T>(entity: string) =>
    [...rows.entries()].filter(([k]) => k.startsWith(`${entity}:`)).map(([, v]) => v as T);
  return { of, get: <T>(entity: string, id: string) => rows.get(`${entity}:${id}`) as T | undefined };
}

export const signature = { kind: 'typed' as const, name: '张伟' };

export type TS = TestServer;
