export { ROLES, isRole, type Role, type Principal, type PartnerActor } from './roles';
export { createTokenVerifier, principalOf, type TokenVerifier, type AuthConfig } from './verify';
export { signAccessToken, type SignOptions } from './sign';
export { activeSigningKey, publicJwks, HUB_ISSUER, SIGNING_ALG } from './signing-keys';
