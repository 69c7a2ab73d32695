export { ROLES, isRole, type Role, type Principal, type PartnerActor } from './roles';
export { createTokenVerifier, signToken, principalOf, hs256Secret, DEV_JWT_SECRET, type TokenVerifier, type AuthConfig, type SignOptions } from './verify';
