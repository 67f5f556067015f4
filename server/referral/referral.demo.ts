/**
 * Demo (seed 003): 张先生's personal link, shown to friends as 张先生; one friend who booked a test
 * drive through it (李女士, in three days) and one who came for a first service ten days ago
 * (陈先生), which reached this year's thank-you level. The conversion and the level go through the
 * same service the staff console uses.
 */
import { addDays, DAY, HOUR, zonedDate, zonedParts } from '@shared/time.ts';
import type { CoreDemo } from '../demo/seed-core.ts';
import type { Tx } from '../db/client.ts';
import { markConversion } from './conversion.service.ts';
import { setupLink } from './referral-link.service.ts';
import { referralLeads } from './referral.table.ts';
import { publishInvitee } from './referral.views.ts';

const TZ = 'Asia/Shanghai';

export async function seedReferral(tx: Tx, core: CoreDemo, now: Date) {
  const link = await setupLink(tx, core.zhang.id, { familyName: '张', title: 'mr' });
  const friend = (name: string, phone: string, at: Date, service: 'test_drive' | 'first_service', date: string) => ({
    centerId: core.centerId,
    linkId: link.id,
    referrerId: core.zhang.id,
    name,
    phone,
    status: 'booked' as const,
    service,
    preferredDate: date,
    partOfDay: 'morning' as const,
    invitedAt: at,
    bookedAt: at,
  });
  const bookedAt = new Date(now.getTime() - 2 * HOUR);
  // Ten days ago, unless that is last year: the demo's visit counts toward this year's levels.
  const tenDaysAgo = new Date(now.getTime() - 10 * DAY);
  const visitedAt =
    zonedParts(tenDaysAgo, TZ).year === zonedParts(now, TZ).year ? tenDaysAgo : new Date(now.getTime() - 3 * HOUR);
  const visitedBooked = new Date(visitedAt.getTime() - 4 * DAY);
  const [li, chen] = await tx
    .insert(referralLeads)
    .values([
      friend('李女士', '13912340001', bookedAt, 'test_drive', addDays(zonedDate(now, TZ), 3)),
      friend(
        '陈先生',
        '13912340002',
        visitedBooked,
        'first_service',
        zonedDate(new Date(now.getTime() - 10 * DAY), TZ),
      ),
    ])
    .returning();
  await publishInvitee(tx, li!);
  await publishInvitee(tx, chen!);
  const r = await markConversion(tx, {
    centerId: core.centerId,
    leadId: chen!.id,
    status: 'visited',
    now: visitedAt,
  });
  if (!r.ok) throw new Error(`seedReferral: ${r.code}`);
}
