/**
 * The staff console's routes. Only this small table sits in the customer bundle: each screen (and
 * the staff shell) is a lazy chunk under assets/staff/, never precached or loaded for customers.
 * Staff features add one route here and one link in staff-nav.ts.
 */
import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

export const staffRoutes: RouteDefinition = {
  path: '/staff',
  component: lazy(() => import('./staff-shell.tsx')),
  children: [
    { path: '/', component: lazy(() => import('./staff-home.tsx')) },
    { path: '/customers/:id', component: lazy(() => import('./staff-customer.tsx')) },
    { path: '/health-record', component: lazy(() => import('./health-record/staff-record-search.tsx')) },
    { path: '/health-record/:id', component: lazy(() => import('./health-record/staff-vehicle-record.tsx')) },
    { path: '/quotes', component: lazy(() => import('./quotes/staff-quotes.tsx')) },
    { path: '/quotes/new', component: lazy(() => import('./quotes/staff-quote-new.tsx')) },
    { path: '/quotes/:id', component: lazy(() => import('./quotes/staff-quote.tsx')) },
    { path: '/timeline', component: lazy(() => import('./timeline/timeline-board.tsx')) },
    { path: '/timeline/:id', component: lazy(() => import('./timeline/timeline-visit.tsx')) },
    { path: '/booking', component: lazy(() => import('./booking/staff-booking-day.tsx')) },
    { path: '/booking/propose', component: lazy(() => import('./booking/staff-propose.tsx')) },
    { path: '/booking/capacity', component: lazy(() => import('./booking/staff-capacity.tsx')) },
    { path: '/referrals', component: lazy(() => import('./referral/staff-referrals.tsx')) },
    { path: '/membership', component: lazy(() => import('./membership/staff-members.tsx')) },
    { path: '/surveys', component: lazy(() => import('./surveys/staff-surveys.tsx')) },
    { path: '/membership/settings', component: lazy(() => import('./membership/staff-membership-settings.tsx')) },
  ],
};
