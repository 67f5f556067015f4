/** The quote flow tells the visit's timeline: sent, approved (with what), or declined. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '@shared/timeline/timeline.schema.ts';
import { quoteRoutesFixture } from './quote-routes.fixture.ts';
import { createAndSend, device, mirror, openVisits, signature } from './quote.test-kit.ts';

const f = quoteRoutesFixture();

const eventsOf = async (visitId: string) =>
  (await mirror(f.zhang))
    .of<TimelineEvent>('timeline_event')
    .filter((e) => e.visitId === visitId)
    .sort((a, b) => a.position - b.position);

describe('quote events on the timeline', () => {
  it('posts "quote sent", then "approved" naming the approved, deferred and declined lines', async () => {
    const visitId = (await openVisits(f.staff))[0]!.visitId;
    const { quote } = await createAndSend(f.staff, visitId, [
      { tier: 'required', title: '右前轮胎更换', partsFen: 120_000, labourFen: 10_000 },
      { tier: 'optional', title: '四轮定位', partsFen: 0, labourFen: 45_000 },
    ]);
    const sent = (await eventsOf(visitId)).at(-1)!;
    expect(sent).toMatchObject({ kind: 'quote_sent', note: '报价 v1：¥1,750' });

    const [tyre, alignment] = quote.lines.map((l) => l.key) as [string, string];
    const r = await device(f.zhang).push('quote.decide', {
      quoteId: quote.id,
      version: 1,
      packageChoice: 'required',
      decisions: [
        { lineKey: tyre, decision: 'approve' },
        { lineKey: alignment, decision: 'decline' },
      ],
      signature,
    });
    expect(r.status).toBe('applied');
    const approved = (await eventsOf(visitId)).at(-1)!;
    expect(approved.kind).toBe('approved');
    expect(approved.note).toBe('确认施工：右前轮胎更换（¥1,300）；不做：四轮定位');
  });

  it('posts "quote declined" when nothing was approved', async () => {
    const visitId = (await openVisits(f.staff))[0]!.visitId;
    const { quote } = await createAndSend(f.staff, visitId, [
      { tier: 'optional', title: '全车镀膜', partsFen: 100_000, labourFen: 20_000 },
    ]);
    const r = await device(f.zhang).push('quote.decide', {
      quoteId: quote.id,
      version: 1,
      packageChoice: 'required',
      decisions: [{ lineKey: quote.lines[0]!.key, decision: 'decline' }],
      signature,
    });
    expect(r.status).toBe('applied');
    const last = (await eventsOf(visitId)).at(-1)!;
    expect(last).toMatchObject({ kind: 'quote_declined', note: '本次不做报价中的项目；不做：全车镀膜' });
  });
});
