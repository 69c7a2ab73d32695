/**
 * Who is calling. Roles (issue 6): PARENT (their own children and
 * applications), CENTER_STAFF (only the facilities in their `facilities`
 * claim), EDITOR (curated data, priority rule sets), ADMIN (everything).
 * Partner API keys come later and will map to a principal here too.
 */
export const ROLES = ['PARENT', 'CENTER_STAFF', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** `sub` of the token: the stable user id. */
  sub: string;
  role: Role;
  /** Facility ids a CENTER_STAFF principal works for (empty for other roles). */
  facilityIds: readonly string[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
