/**
 * Every screen, lazily loaded. Customer screens sit inside the CustomerShell (session guard, status
 * line, tab bar); the staff console is one lazy import and its own chunk, never loaded by customers.
 * Features add one line each.
 */
import { Navigate, type RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';
import { CustomerShell } from './app/customer-shell.tsx';
import { NotFound } from './app/not-found.tsx';
import { staffRoutes } from './staff/staff-routes.tsx';

export const routes: RouteDefinition[] = [
  { path: '/signin', component: lazy(() => import('./auth/signin-screen.tsx')) },
  staffRoutes,
  {
    path: '/',
    component: CustomerShell,
    children: [
      { path: '/', component: () => <Navigate href="/vehicles" /> },
      { path: '/vehicles', component: lazy(() => import('./vehicles/vehicles-screen.tsx')) },
      { path: '/vehicles/:id', component: lazy(() => import('./health-record/vehicle-record-screen.tsx')) },
      { path: '/vehicles/:id/print', component: lazy(() => import('./health-record/print-screen.tsx')) },
      { path: '/vehicles/:id/share', component: lazy(() => import('./health-record/share-screen.tsx')) },
      { path: '/settings', component: lazy(() => import('./settings/settings-screen.tsx')) },
      { path: '/quotes', component: lazy(() => import('./quotes/quotes-screen.tsx')) },
      { path: '/quotes/:id', component: lazy(() => import('./quotes/quote-screen.tsx')) },
      { path: '/visit', component: lazy(() => import('./timeline/timeline-screen.tsx')) },
      { path: '/booking', component: lazy(() => import('./booking/booking-screen.tsx')) },
      { path: '/booking/new', component: lazy(() => import('./booking/new-booking-screen.tsx')) },
      { path: '/booking/:id', component: lazy(() => import('./booking/booking-detail-screen.tsx')) },
      { path: '/messages', component: lazy(() => import('./notifications/notifications-screen.tsx')) },
      { path: '*404', component: NotFound },
    ],
  },
];
