import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '../tokens/principal.js';

export const ALLOWED_ROLES = 'stor:allowed-roles';
export const PUBLIC_ROUTE = 'stor:public';

/** The roles that may call a route at all; scope (which force, which region) is checked by the use case. */
export const Allow = (...roles: UserRole[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Outside the register: health, metrics, API docs. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
