// The bottom tab bar: one entry per customer area that exists. Features add one line each.
import type { IconName } from '../ui/icon.tsx';

/**
 * `badge`: a live count shown on the tab (in words for screen readers), e.g. unread messages; loaded
 * after the first paint, so the feature's store stays out of the first screen's download.
 */
export type NavItem = {
  href: string;
  labelKey: string;
  icon: IconName;
  match: RegExp;
  badge?: () => Promise<() => number>;
};

const unreadMessages = () => import('../notifications/notifications.store.ts').then((m) => m.liveUnreadCount());

export const NAV: NavItem[] = [
  { href: '/vehicles', labelKey: 'app.nav.vehicles', icon: 'car', match: /^\/(vehicles)?(\/|$)/ },
  { href: '/booking', labelKey: 'app.nav.booking', icon: 'calendar', match: /^\/booking/ },
  { href: '/visit', labelKey: 'app.nav.visit', icon: 'wrench', match: /^\/visit/ },
  { href: '/messages', labelKey: 'app.nav.messages', icon: 'bell', match: /^\/messages/, badge: unreadMessages },
  { href: '/settings', labelKey: 'app.nav.settings', icon: 'user', match: /^\/settings/ },
];
