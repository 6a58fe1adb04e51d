export { IdentityModule } from './identity.module.js';
export { ROLES, type UserRole, type Principal, principalFromClaims, InvalidClaims, isRocuRegion } from './tokens/principal.js';
export {
  issueToken,
  verifyToken,
  InvalidToken,
  DevelopmentTokens,
  VerifiedTokens,
  type TokenVerifier,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_CLAIM,
  DEVELOPMENT_MAX_LIFETIME_SECONDS,
} from './tokens/bearer-tokens.js';
export { IssuerTokens, ISSUER_ALGORITHMS } from './tokens/oidc-tokens.js';
export { TOKEN_VERIFIER, tokenVerifierFor } from './tokens/token-verifier.provider.js';
export { loadSigningKey } from './tokens/signing-key.js';
export { AccessGuard, SIGNING_KEY, type AuthenticatedRequest } from './access/access.guard.js';
export { Allow, Public, ALLOWED_ROLES, PUBLIC_ROUTE } from './access/allow.decorator.js';
export { CurrentPrincipal } from './access/current-principal.decorator.js';
export { AuditTrail, type AuditEntry, type AuditRecord, type AuditFilter, type AuditPage, type ChainVerdict } from './audit/audit-trail.js';
export { canonicalEntry, chainHash, ChainWalker, GENESIS_HASH, type ChainBreak, type ChainedFields, type StoredLink } from './audit/audit-chain.js';
export { AuditTrailChain1765200000400 } from './audit/audit-chain.migration.js';
export { CreateAuditTrail1763870000100 } from './audit/audit-trail.migration.js';
