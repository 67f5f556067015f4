/**
 * Referrals through the real API: the invite answers carry the referrer's family name and title
 * only; self-referral and a phone that is already a customer earn nothing (politely); a booking
 * notifies the referrer once; reward levels are granted once per level per calendar year.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, HOUR } from '@shared/time.ts';
import type { StaffLead } from '@shared/referral/staff-referral.schema.ts';
import { notifications } from '../notifications/notification.table.ts';
import { DEMO_SECOND_CUSTOMER_PHONE, startTestServer, type TestServer } from '../../tests/helpers/test-server.ts';
import { customers } from '../customers/customer.table.ts';
import { pointsEntries } from '../membership/membership.table.ts';
import { referralLeads, referralRewards } from './referral.table.ts';
import { customerNamed, friendBooks, makeLink, verifyFriend } from './referral.test-kit.ts';

let s: TestServer;
let n = 0;
const newPhone = () => `1351234${String(++n).padStart(4, '0')}`;
const tomorrow = () => addDays(s.clock.now().toISOString().slice(0, 10), 2);

beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-06-01T02:00:00Z');
});
afterAll(() => s.stop());
// Every request here comes from 127.0.0.1: each test starts a fresh hour of the per-IP code limit.
beforeEach(() => s.clock.advance(2 * HOUR));

const noticesOf = (customerId: string) =>
  s.db.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.customerId, customerId), eq(notifications.kind, 'referral')));
const idOf = async (phone: string) =>
  (await s.db.db.select({ id: customers.id }).from(customers).where(eq(customers.phone, phone)))[0]!.id;

describe('invite link and page', () => {
  it('the code is random and the invite answer names the referrer by family name and title only', async () => {
    const phone = newPhone();
    const referrer = await customerNamed(s, phone, '张伟明');
    const link = await makeLink(referrer, '张', 'mr');
    expect(link.code).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const id = await idOf(phone);
    for (const part of [phone, phone.slice(-4), id, id.slice(0, 8), '伟明']) expect(link.code).not.toContain(part);
    // A second setup changes the form of address, never the code.
    expect((await makeLink(referrer, '张', 'ms')).code).toBe(link.code);
    await makeLink(referrer, '张', 'mr');

    const page = await s.anon.get<Record<string, unknown>>(`/api/invite/${link.code}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ referrer: { zh: '张先生', en: '张先生' } });
    const text = JSON.stringify(page.body);
    for (const secret of ['张伟明', '伟明', phone, id]) expect(text).not.toContain(secret);
  });

  it('an unknown code is 404 and a malformed one 400, each with a message', async () => {
    const unknown = await s.anon.get<{ error: string }>('/api/invite/AAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('not_found');
    expect((await s.anon.get('/api/invite/short')).status).toBe(400);
    expect((await s.anon.post('/api/invite/AAAAAAAAAAAAAAAA/code', { phone: newPhone() })).status).toBe(404);
  });
});

describe('who earns nothing', () => {
  it('self-referral (the referrer’s own phone) is told kindly, and no lead or notice is made', async () => {
    const phone = newPhone();
    const referrer = await customerNamed(s, phone, '李雷');
    const link = await makeLink(referrer, '李');
    const r = await verifyFriend(s, link.code!, { name: '李先生', phone });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ state: 'own_link' });
    const id = await idOf(phone);
    expect(await s.db.db.select().from(referralLeads).where(eq(referralLeads.referrerId, id))).toEqual([]);
    expect(await noticesOf(id)).toEqual([]);
  });

  it('a phone that is already a customer earns nothing, with a polite answer', async () => {
    const referrer = await customerNamed(s, newPhone(), '赵敏');
    const link = await makeLink(referrer, '赵', 'ms');
    const r = await verifyFriend(s, link.code!, { name: '王女士', phone: DEMO_SECOND_CUSTOMER_PHONE });
    expect(r.body).toEqual({ state: 'already_customer' });
    expect(
      await s.db.db.select().from(referralLeads).where(eq(referralLeads.phone, DEMO_SECOND_CUSTOMER_PHONE)),
    ).toEqual([]);
  });

  it('a wrong code is refused before anything is said about the phone', async () => {
    const referrer = await customerNamed(s, newPhone(), '钱多');
    const link = await makeLink(referrer, '钱');
    await s.anon.post(`/api/invite/${link.code}/code`, { phone: DEMO_SECOND_CUSTOMER_PHONE });
    const r = await s.anon.post<{ error: string }>(`/api/invite/${link.code}/verify`, {
      name: '王女士',
      phone: DEMO_SECOND_CUSTOMER_PHONE,
      code: '999999',
    });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).not.toContain('already_customer');
  });

  it('a friend already invited by someone else stays theirs', async () => {
    const first = await makeLink(await customerNamed(s, newPhone(), '孙一'), '孙');
    const second = await makeLink(await customerNamed(s, newPhone(), '周二'), '周');
    const friend = { name: '吴女士', phone: newPhone() };
    expect((await friendBooks(s, first.code!, friend, tomorrow())).status).toBe(200);
    expect((await verifyFriend(s, second.code!, friend)).body).toEqual({ state: 'already_invited' });
  });
});

describe('booking through the link', () => {
  it('books once: the referrer gets one notice, a retry answers with the same booking', async () => {
    const phone = newPhone();
    const link = await makeLink(await customerNamed(s, phone, '郑和'), '郑');
    const friend = { name: '冯女士', phone: newPhone() };
    const date = tomorrow();
    const booked = await friendBooks(s, link.code!, friend, date, 'first_service');
    expect(booked.status).toBe(200);
    expect(booked.body).toEqual({ state: 'booked', booking: { service: 'first_service', date, partOfDay: 'morning' } });
    const again = await verifyFriend(s, link.code!, friend);
    expect(again.body).toMatchObject({ state: 'booked', booking: { date } });
    const notices = await noticesOf(await idOf(phone));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body.zh).toContain('冯女士');
    // Nothing of the friend's phone reaches the referrer.
    expect(JSON.stringify(notices)).not.toContain(friend.phone);
  });

  it('a day outside the window, an altered ticket and another link’s ticket are refused', async () => {
    const link = await makeLink(await customerNamed(s, newPhone(), '陈三'), '陈');
    const other = await makeLink(await customerNamed(s, newPhone(), '褚四'), '褚');
    const v = await verifyFriend(s, link.code!, { name: '卫先生', phone: newPhone() });
    if (v.body.state !== 'verified') throw new Error('not verified');
    const body = { ticket: v.body.ticket, service: 'test_drive', date: tomorrow(), partOfDay: 'afternoon' };
    expect((await s.anon.post(`/api/invite/${link.code}/book`, { ...body, date: '2026-06-01' })).status).toBe(400);
    const altered = `${v.body.ticket.slice(0, -2)}${v.body.ticket.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await s.anon.post(`/api/invite/${link.code}/book`, { ...body, ticket: altered })).status).toBe(400);
    expect((await s.anon.post(`/api/invite/${other.code}/book`, body)).status).toBe(404);
    expect((await s.anon.post(`/api/invite/${link.code}/book`, body)).status).toBe(200);
  });
});

describe('reward levels', () => {
  it('1 and 3 friends who came reach thank-you and platinum once in the year; a new year starts again', async () => {
    const phone = newPhone();
    const link = await makeLink(await customerNamed(s, phone, '蒋五'), '蒋');
    const referrerId = await idOf(phone);
    const advisor = await s.signInStaff('advisor');
    const leads: string[] = [];
    for (let i = 0; i < 4; i++) {
      const friend = { name: `朋友${i}`, phone: newPhone() };
      await friendBooks(s, link.code!, friend, tomorrow());
      const all = (await advisor.get<StaffLead[]>('/api/staff/referrals')).body;
      leads.push(all.find((l) => l.phone === friend.phone)!.id);
    }
    const mark = (id: string, status: string) =>
      advisor.post<StaffLead>(`/api/staff/referrals/${id}/status`, { status });
    const levels = async () =>
      (await s.db.db.select().from(referralRewards).where(eq(referralRewards.customerId, referrerId)))
        .map((r) => `${r.year}:${r.level}`)
        .sort();

    expect((await mark(leads[0]!, 'visited')).body.status).toBe('visited');
    expect(await levels()).toEqual(['2026:1']);
    // The same mark again, then a purchase by the same friend: the level is not granted twice.
    await mark(leads[0]!, 'visited');
    await mark(leads[0]!, 'purchased');
    expect(await levels()).toEqual(['2026:1']);
    expect((await mark(leads[0]!, 'visited')).status).toBe(409);

    await mark(leads[1]!, 'visited');
    await mark(leads[2]!, 'purchased');
    expect(await levels()).toEqual(['2026:1', '2026:3']);
    // Each level's points are one referral lot in the membership ledger, keyed by the reward.
    const lots = await s.db.db.select().from(pointsEntries).where(eq(pointsEntries.customerId, referrerId));
    expect(
      lots
        .filter((l) => l.source === 'referral')
        .map((l) => l.points)
        .sort((a, b) => a - b),
    ).toEqual([500, 1500]);
    const rewards = await s.db.db.select().from(referralRewards).where(eq(referralRewards.customerId, referrerId));
    expect(rewards.every((r) => lots.some((l) => l.id === r.pointsEntryId && l.sourceId === r.id))).toBe(true);
    const notices = await noticesOf(referrerId);
    expect(notices.filter((x) => x.title.zh.startsWith('您获得了'))).toHaveLength(2);

    s.clock.set('2027-01-10T02:00:00Z');
    const nextYear = await s.signInStaff('manager'); // the session of June has expired by January
    expect((await nextYear.post(`/api/staff/referrals/${leads[3]}/status`, { status: 'visited' })).status).toBe(200);
    expect(await levels()).toEqual(['2026:1', '2026:3', '2027:1']);
  });
});
