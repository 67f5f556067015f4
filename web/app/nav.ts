// The bottom tab bar: one entry per customer area that exists. Features add one line each.
import type { IconName } from '../ui/icon.tsx';

export type NavItem = { href: string; labelKey: string; icon: IconName; match: RegExp };

export const NAV: NavItem[] = [
  { href: '/vehicles', labelKey: 'app.nav.vehicles', icon: 'car', match: /^\/(vehicles)?(\/|$)/ },
  { href: '/booking', labelKey: 'booking.tab', icon: 'calendar', match: /^\/booking/ },
  { href: '/visit', labelKey: 'timeline.tab', icon: 'wrench', match: /^\/visit/ },
  { href: '/messages', labelKey: 'notifications.tab', icon: 'bell', match: /^\/messages/ },
  { href: '/settings', labelKey: 'app.nav.settings', icon: 'user', match: /^\/settings/ },
];
