/**
 * The signed-in staff member's role for the console's screens, from the shell. Screens ask `can(action)`
 * of the shared permission table (shared/staff/permissions.ts), the one the server's guard reads, so
 * a control the role may not use is never shown.
 */
import { createContext, useContext } from 'solid-js';
import type { StaffRole } from '@shared/auth/auth.schema.ts';
import { can, type StaffAction } from '@shared/staff/permissions.ts';

export const StaffRoleContext = createContext<() => StaffRole | null>(() => null);

export function useCan() {
  const role = useContext(StaffRoleContext);
  return (action: StaffAction) => can(role(), action);
}
