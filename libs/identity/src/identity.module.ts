import { Module } from '@nestjs/common';
import { AccessGuard } from './access/access.guard.js';
import { AuditTrail } from './audit/audit-trail.js';

/** Who is asking (signed tokens, roles) and the record of what they read and changed. */
@Module({
  providers: [AccessGuard, AuditTrail],
  exports: [AccessGuard, AuditTrail],
})
export class IdentityModule {}
