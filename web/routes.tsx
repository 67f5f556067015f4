/**
 * Every screen, lazily loaded with the namespaces of words it shows (screen(), web/app/screen.ts).
 * Customer screens sit inside the CustomerShell (session guard, status line, tab bar); the staff console
 * is one lazy import and its own chunk, never loaded by customers. Features add one line each.
 */
import { Navigate, type RouteDefinition } from '@solidjs/router';
import { CustomerShell } from './app/customer-shell.tsx';
import { NotFound } from './app/not-found.tsx';
import { languageScreen, screen } from './app/screen.ts';
import { staffRoutes } from './staff/staff-routes.tsx';

/** The screen a signed-in customer opens the app on (start_url / leads there). */
export const vehiclesScreen = screen(() => import('./vehicles/vehicles-screen.tsx'), 'vehicles');

// The Me tab's cards' words come with it, so the other language of all of them is fetched at once and
// a language switch works offline.
const SettingsScreen = languageScreen(
  () => import('./settings/settings-screen.tsx'),
  'settings',
  'auth',
  'membership',
  'referral',
);
const MembershipCard = screen(() => import('./membership/membership-card.tsx'), 'membership');
const ReferralEntry = screen(() => import('./referral/referral-entry.tsx'), 'referral');
/** The Me tab: settings with the membership card and the referral card on top. */
const MeScreen = () => (
  <SettingsScreen
    top={
      <>
        <MembershipCard />
        <ReferralEntry />
      </>
    }
  />
);

const FamilySection = screen(() => import('./family/family-section.tsx'), 'family');
/** The vehicle screen with the purchase anniversary card and its 家人共享 part (modules load side by side). */
const VehicleRecordScreen = screen(
  () =>
    Promise.all([
      import('./health-record/vehicle-record-screen.tsx'),
      import('./anniversary/anniversary-card.tsx'),
    ]).then(([m, a]) => ({ default: () => <m.default cards={[a.default]} family={FamilySection} /> })),
  'healthRecord',
  'anniversary',
  'billing',
  'membership',
);
const SurveyEntry = screen(() => import('./surveys/survey-entry.tsx'), 'surveys');
/**
 * The Visit tab: the remarks carried forward in the delivery summary and the survey's entry on a
 * delivered visit (their modules load side by side).
 */
const VisitScreen = screen(
  () =>
    Promise.all([import('./timeline/timeline-screen.tsx'), import('./remarks/remarks-answered.tsx')]).then(
      ([m, r]) => ({
        default: () => (
          <m.default
            deliverySections={[r.default]}
            afterDelivery={(p) => <SurveyEntry visitId={p.visitId} deliveredAt={p.deliveredAt ?? null} />}
          />
        ),
      }),
    ),
  'timeline',
  'remarks',
  'billing',
  'membership',
);
const NewBookingScreen = screen(
  () =>
    Promise.all([import('./booking/new-booking-screen.tsx'), import('./remarks/open-remarks-card.tsx')]).then(
      ([m, r]) => ({ default: () => <m.default beforeIssues={r.default} /> }),
    ),
  'booking',
  'remarks',
  'membership',
);

export const routes: RouteDefinition[] = [
  { path: '/signin', component: screen(() => import('./auth/signin-screen.tsx'), 'auth') },
  staffRoutes,
  {
    path: '/',
    component: CustomerShell,
    children: [
      { path: '/', component: () => <Navigate href="/vehicles" /> },
      { path: '/vehicles', component: vehiclesScreen },
      { path: '/vehicles/:id', component: VehicleRecordScreen },
      { path: '/family/join', component: screen(() => import('./family/join-screen.tsx'), 'family') },
      {
        path: '/vehicles/:id/print',
        component: screen(() => import('./health-record/print-screen.tsx'), 'healthRecord', 'billing', 'membership'),
      },
      {
        path: '/vehicles/:id/share',
        component: screen(() => import('./health-record/share-screen.tsx'), 'healthRecord'),
      },
      { path: '/settings', component: MeScreen },
      { path: '/settings/referral', component: screen(() => import('./referral/referral-screen.tsx'), 'referral') },
      { path: '/quotes', component: screen(() => import('./quotes/quotes-screen.tsx'), 'quotes') },
      { path: '/quotes/:id', component: screen(() => import('./quotes/quote-screen.tsx'), 'quotes', 'membership') },
      { path: '/visit', component: VisitScreen },
      { path: '/booking', component: screen(() => import('./booking/booking-screen.tsx'), 'booking') },
      {
        path: '/booking/new',
        component: NewBookingScreen,
      },
      {
        path: '/booking/:id',
        component: screen(() => import('./booking/booking-detail-screen.tsx'), 'booking', 'membership'),
      },
      {
        path: '/messages',
        component: screen(() => import('./notifications/notifications-screen.tsx'), 'notifications'),
      },
      { path: '/surveys/:visitId', component: screen(() => import('./surveys/survey-screen.tsx'), 'surveys') },
      { path: '/survey.html', component: screen(() => import('./surveys/survey-redirect.tsx')) },
      { path: '*404', component: NotFound },
    ],
  },
];
