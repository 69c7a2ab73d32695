/**
 * Who is calling. Roles (issue 6): PARENT (their own children and
 * applications), CENTER_STAFF (only the facilities in their `facilities`
 * claim), EDITOR (curated data, priority rule sets), ADMIN (everything).
 * COUNSELLOR (보육상담사, issue 23) answers questions on the Q&A board.
 * A partner portal acting for one of its citizens (issue 7) is a PARENT
 * principal with `partner` set.
 */
// Ordered by rank (gateway/auth/oidc-client.ts: the highest mapped role wins): ADMIN stays last.
export const ROLES = ['PARENT', 'CENTER_STAFF', 'COMMUNITY_CENTER', 'WELFARE_AGENCY', 'DISTRICT_OFFICER', 'COUNSELLOR', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Welfare pre-screening (issue 19) roles: COMMUNITY_CENTER (동주민센터, bound
 * to its 동), WELFARE_AGENCY (복지관·민간기관, bound to its agency) and
 * DISTRICT_OFFICER (구청 주무부서, owns programmes). Each carries the
 * organisation it works for; ADMIN needs none.
 */
export const ORGANISATION_KINDS = ['COMMUNITY_CENTER', 'WELFARE_AGENCY', 'DISTRICT'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Organisation {
  /** Stable id of the organisation (e.g. `dong-11200530`, `agency-seongdong-bokjigwan`). */
  id: string;
  kind: OrganisationKind;
  /** The 행정동 a COMMUNITY_CENTER serves. */
  dong?: string;
}

/** An organisation claim read from a token or an account row; null when malformed. */
export function organisationOf(value: unknown): Organisation | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !v.id || !(ORGANISATION_KINDS as readonly unknown[]).includes(v.kind)) return null;
  return { id: v.id, kind: v.kind as OrganisationKind, ...(typeof v.dong === 'string' && v.dong ? { dong: v.dong } : {}) };
}

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
  /** The organisation a welfare role works for (token claim `org`). */
  organisation?: Organisation;
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
