export { ROLES, isRole, organisationOf, type Role, type Principal, type PartnerActor, type Organisation } from './roles';
export { createTokenVerifier, principalOf, type TokenVerifier, type AuthConfig } from './verify';
export { signAccessToken, type SignOptions } from './sign';
export { activeSigningKey, publicJwks, HUB_ISSUER, SIGNING_ALG } from './signing-keys';
