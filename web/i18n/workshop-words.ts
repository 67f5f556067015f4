/**
 * What the workshop wrote, in the reader's language (shared/words/bilingual.ts): catalog values by
 * their name in the current language, free text as written (or the English text staff gave) with
 * the language it is in, so a screen reader reads Chinese as Chinese on an English page.
 */
import { FINDING_COMPONENTS } from '@shared/health-record/component-words.ts';
import { VEHICLE_COLOURS, VEHICLE_MODELS } from '@shared/vehicles/vehicle-words.ts';
import { catalogName, freeText, type Shown } from '@shared/words/bilingual.ts';
import { locale } from './i18n.ts';

export type { Shown };
export const modelShown = (model: string): Shown => catalogName(VEHICLE_MODELS, model, locale());
export const colourShown = (colour: string): Shown => catalogName(VEHICLE_COLOURS, colour, locale());
export const partShown = (component: string): Shown => catalogName(FINDING_COMPONENTS, component, locale());
export const textShown = (text: string, en?: string | null): Shown => freeText(text, en, locale());
