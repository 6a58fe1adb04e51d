import { type ForceCode, isForceCode, isRegionCode, regionOf } from '#forces';

export const ROLES = ['officer', 'order-manager', 'rocu', 'national', 'auditor'] as const;
export type UserRole = (typeof ROLES)[number];

/** The user a request acts for, as the signed token says. */
export interface Principal {
  userId: string;
  name: string;
  role: UserRole;
  /** Officers and order managers act for one force. */
  force?: ForceCode;
  /** ROCU users act for one region; force users' region follows from their force. */
  region?: string;
}

export class InvalidClaims extends Error {}

/** Checks that a token's claims describe a user STOR can scope: a known role with its force or region. */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const role = claims.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidClaims(`role must be one of ${ROLES.join(', ')}`);
  }
  const userId = typeof claims.sub === 'string' && claims.sub ? claims.sub : null;
  if (!userId) throw new InvalidClaims('the token names no user (sub)');
  const name = typeof claims.name === 'string' && claims.name ? claims.name : userId;
  const force = typeof claims.force === 'string' && isForceCode(claims.force) ? claims.force : undefined;
  const region = typeof claims.region === 'string' ? claims.region : undefined;
  switch (role as UserRole) {
    case 'officer':
    case 'order-manager':
      if (!force) throw new InvalidClaims(`a ${role} must belong to a known force`);
      return { userId, name, role: role as UserRole, force, region: regionOf(force) };
    case 'rocu': {
      const rocuRegion = region ?? (force ? regionOf(force) : undefined);
      if (!rocuRegion || !isRegionCode(rocuRegion)) throw new InvalidClaims('a rocu user must belong to a known region');
      return { userId, name, role: 'rocu', region: rocuRegion };
    }
    case 'national':
    case 'auditor':
      return { userId, name, role: role as UserRole };
  }
}
