/** A catalog's English side must have exactly the keys of its Chinese side. */
export type Strings = { [key: string]: string | Strings };
type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };
export const catalog = <Z extends Strings>(zh: Z, en: SameShape<Z>) => ({ zh, en });
