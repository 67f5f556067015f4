/** A catalog's English side must have exactly the keys of its Chinese side. */
export type Strings = { [key: string]: string | Strings };
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

/**
 * One feature's catalog as two lazily loaded modules, one per language (web/i18n/catalogs.ts has one
 * such line per feature): a page downloads only its language. The types check the keys match.
 */
export const lazyCatalog = <Z extends Strings>(
  zh: () => Promise<{ default: Z }>,
  en: () => Promise<{ default: SameShape<Z> }>,
) => ({ zh, en });

/** Both languages in hand (the remote approval page's words, tests). */
export const catalog = <Z extends Strings>(zh: Z, en: SameShape<Z>) => ({ zh, en });
