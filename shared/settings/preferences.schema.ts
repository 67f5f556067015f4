import * as v from 'valibot';

export const LOCALES = ['zh-CN', 'en'] as const;
export const LocaleSchema = v.picklist(LOCALES);
export type Locale = v.InferOutput<typeof LocaleSchema>;

/** A wall-clock time "HH:MM" (24 h) in the center's zone. */
export const ClockTimeSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'));

export const PreferencesSchema = v.object({
  locale: LocaleSchema,
  largeText: v.boolean(),
  notifyReminders: v.boolean(),
  notifyTimeline: v.boolean(),
  notifyQuotes: v.boolean(),
  notifyMarketing: v.boolean(),
  smsFallback: v.boolean(),
  quietFrom: ClockTimeSchema,
  quietTo: ClockTimeSchema,
});
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  locale: 'zh-CN',
  largeText: false,
  notifyReminders: true,
  notifyTimeline: true,
  notifyQuotes: true,
  notifyMarketing: false,
  smsFallback: true,
  quietFrom: '22:00',
  quietTo: '08:00',
};

/** A preference change only names the fields it changes. */
export const SetPreferencesArgsSchema = v.pipe(
  v.partial(PreferencesSchema),
  v.check((p) => Object.keys(p).length > 0, 'must change at least one preference'),
);
export type SetPreferencesArgs = v.InferOutput<typeof SetPreferencesArgsSchema>;
