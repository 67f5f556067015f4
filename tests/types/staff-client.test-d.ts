/**
 * Type-level tests of the staff console's calls (checked by `npm run typecheck`, never run): the
 * console reaches the API through the typed client (web/staff/staff-client.ts), so a renamed staff
 * route, a missing path parameter or a wrong body fails `tsc`. Each `@ts-expect-error` must not compile.
 */
import { call, staffApi } from '../../web/staff/staff-client.ts';

const id = '00000000-0000-4000-8000-000000000000';

async function _staffCalls() {
  // The right body compiles, and the answer is the handler's c.json(): a delay answers with its event.
  const delay = await call(
    staffApi.timeline.visits[':id'].delay.$post({
      param: { id },
      json: { remainingMinutes: 30, reason: '等配件', compensation: ['free_wash'] },
    }),
  );
  delay.kind satisfies string;
  const quote = await call(staffApi.quotes[':id'].$get({ param: { id } }));
  quote.versions satisfies unknown[];
}
void _staffCalls;

// @ts-expect-error the delay route is /delay: a renamed route does not exist on the client
void staffApi.timeline.visits[':id'].postpone.$post({ param: { id }, json: {} });
void staffApi.timeline.visits[':id'].delay.$post({
  param: { id },
  // @ts-expect-error a delay needs its reason: a body without it fails tsc
  json: { remainingMinutes: 30, compensation: [] },
});
void staffApi.booking.capacity.$put({
  // @ts-expect-error bays is a number, not text from an input
  json: { bays: '6', openingHours: [] },
});
// @ts-expect-error a quote is looked up by its id: the path parameter is required
void staffApi.quotes[':id'].$get({});
// @ts-expect-error the weekly capacity is replaced with PUT; there is no POST on it
void staffApi.booking.capacity.$post({ json: { bays: 6, openingHours: [] } });
