/**
 * Whether this browser may hold a customer's local database, answered without loading Dexie: a visitor
 * who never signed in has none (sign-out deletes it), so the sign-in screen opens without the database
 * code. Where the browser cannot list its databases the answer is "maybe", and the caller looks inside.
 */
export const DB_NAME = 'pitlane';

export async function mayHoldLocalData(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return true;
  }
}
