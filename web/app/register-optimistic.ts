// Every feature's optimistic effects, registered once at start. One import per feature.
import '../settings/settings.optimistic.ts';
import '../quotes/quotes.optimistic.ts';
import '../health-record/health-record.optimistic.ts';
import '../timeline/timeline.optimistic.ts';
import '../booking/booking.optimistic.ts';
import '../notifications/notifications.optimistic.ts';
