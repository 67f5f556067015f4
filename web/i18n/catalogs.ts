/**
 * Every feature's strings, registered under its namespace (t('vehicles.title')): one line per feature.
 * Each language is its own module (catalog/<feature>-zh.ts, catalog/<feature>-en.ts) loaded on first
 * use, so a page downloads only its language and only the features it shows; nothing here enters the
 * entry chunk (tests/e2e/first-load.spec.ts). Routes name the namespaces their screen needs so they
 * load with it (web/app/screen.ts); any other namespace loads when a t() call first asks for it.
 */
import { lazyCatalog } from './catalog/catalog.ts';

// biome-ignore format: one line per feature, so each feature's branch merges by adding its own line.
export const catalogs = {
  anniversary: lazyCatalog(() => import('./catalog/anniversary-zh.ts'), () => import('./catalog/anniversary-en.ts')),
  app: lazyCatalog(() => import('./catalog/app-zh.ts'), () => import('./catalog/app-en.ts')),
  auth: lazyCatalog(() => import('./catalog/auth-zh.ts'), () => import('./catalog/auth-en.ts')),
  billing: lazyCatalog(() => import('./catalog/billing-zh.ts'), () => import('./catalog/billing-en.ts')),
  booking: lazyCatalog(() => import('./catalog/booking-zh.ts'), () => import('./catalog/booking-en.ts')),
  errors: lazyCatalog(() => import('./catalog/errors-zh.ts'), () => import('./catalog/errors-en.ts')),
  quotes: lazyCatalog(() => import('./catalog/quotes-zh.ts'), () => import('./catalog/quotes-en.ts')),
  remarks: lazyCatalog(() => import('./catalog/remarks-zh.ts'), () => import('./catalog/remarks-en.ts')),
  referral: lazyCatalog(() => import('./catalog/referral-zh.ts'), () => import('./catalog/referral-en.ts')),
  membership: lazyCatalog(() => import('./catalog/membership-zh.ts'), () => import('./catalog/membership-en.ts')),
  healthRecord: lazyCatalog(() => import('./catalog/health-record-zh.ts'), () => import('./catalog/health-record-en.ts')),
  notifications: lazyCatalog(() => import('./catalog/notifications-zh.ts'), () => import('./catalog/notifications-en.ts')),
  settings: lazyCatalog(() => import('./catalog/settings-zh.ts'), () => import('./catalog/settings-en.ts')),
  staff: lazyCatalog(() => import('./catalog/staff-zh.ts'), () => import('./catalog/staff-en.ts')),
  surveys: lazyCatalog(() => import('./catalog/surveys-zh.ts'), () => import('./catalog/surveys-en.ts')),
  sync: lazyCatalog(() => import('./catalog/sync-zh.ts'), () => import('./catalog/sync-en.ts')),
  timeline: lazyCatalog(() => import('./catalog/timeline-zh.ts'), () => import('./catalog/timeline-en.ts')),
  family: lazyCatalog(() => import('./catalog/family-zh.ts'), () => import('./catalog/family-en.ts')),
  vehicles: lazyCatalog(() => import('./catalog/vehicles-zh.ts'), () => import('./catalog/vehicles-en.ts')),
};
