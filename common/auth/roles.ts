/**
 * Who is calling. Roles (issue 6): PARENT (their own children and
 * applications), CENTER_STAFF (only the facilities in their `facilities`
 * claim), EDITOR (curated data, priority rule sets), ADMIN (everything).
 * A partner portal acting for one of its citizens (issue 7) is a PARENT
 * principal with `partner` set.
 */
export const ROLES = ['PARENT', 'CENTER_STAFF', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** `sub` of the token: the stable user id. */
  sub: string;
  role: Role;
  /** Facility ids a CENTER_STAFF principal works for (empty for other roles). */
  facilityIds: readonly string[];
  /** The account's email, on the hub's own tokens (sign-in, refresh). */
  email?: string;
  /** Set when a partner portal acts on behalf of this citizen (API key with scope `apply`). */
  partner?: PartnerActor;
}

export interface PartnerActor {
  /** The partner's API key id (key_…). */
  keyId: string;
  name: string;
  /** The partner's identity provider that signed the citizen's token, and the citizen's `sub` there. */
  issuer: string;
  citizenSub: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
