export { IdentityModule } from './identity.module.js';
export { ROLES, type UserRole, type Principal, principalFromClaims, InvalidClaims } from './tokens/principal.js';
export { issueToken, verifyToken, InvalidToken } from './tokens/bearer-tokens.js';
export { loadSigningKey } from './tokens/signing-key.js';
export { AccessGuard, SIGNING_KEY, type AuthenticatedRequest } from './access/access.guard.js';
export { Allow, Public, ALLOWED_ROLES, PUBLIC_ROUTE } from './access/allow.decorator.js';
export { CurrentPrincipal } from './access/current-principal.decorator.js';
export { AuditTrail, type AuditEntry, type AuditRecord } from './audit/audit-trail.js';
export { CreateAuditTrail1763870000100 } from './audit/audit-trail.migration.js';
