/** Applies the customer's mirrored preferences (language, large text) to the document as they change. */
import { createEffect, createRoot } from 'solid-js';
import { ENTITIES } from '@shared/sync/entities.ts';
import { applyLocale } from '../i18n/i18n.ts';
import { liveSingle } from '../sync/records.ts';

export const preferences = createRoot(() => {
  const prefs = liveSingle(ENTITIES.preferences);
  createEffect(() => {
    const p = prefs();
    if (!p) return;
    applyLocale(p.locale);
    document.documentElement.classList.toggle('large-text', p.largeText);
    localStorage.setItem('pitlane.largeText', p.largeText ? '1' : '0');
  });
  return prefs;
});
