import { Module } from '@nestjs/common';
import { AccessGuard } from './access/access.guard.js';
import { AuditTrail } from './audit/audit-trail.js';
import { TOKEN_VERIFIER, TOKEN_VERIFIER_PROVIDER } from './tokens/token-verifier.provider.js';

/** Who is asking (signed tokens, roles) and the record of what they read and changed. */
@Module({
  providers: [TOKEN_VERIFIER_PROVIDER, AccessGuard, AuditTrail],
  exports: [TOKEN_VERIFIER, AccessGuard, AuditTrail],
})
export class IdentityModule {}
