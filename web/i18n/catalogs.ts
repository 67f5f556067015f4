// Every feature's strings, registered under its namespace. One line per feature.
import app from './catalog/app.ts';
import auth from './catalog/auth.ts';
import booking from './catalog/booking.ts';
import errors from './catalog/errors.ts';
import quotes from './catalog/quotes.ts';
import healthRecord from './catalog/health-record.ts';
import notifications from './catalog/notifications.ts';
import settings from './catalog/settings.ts';
import staff from './catalog/staff.ts';
import sync from './catalog/sync.ts';
import timeline from './catalog/timeline.ts';
import vehicles from './catalog/vehicles.ts';

export const catalogs = {
  app,
  auth,
  booking,
  errors,
  quotes,
  healthRecord,
  notifications,
  settings,
  staff,
  sync,
  timeline,
  vehicles,
};
