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

export class InvalidClaims extends Error {
  override name = 'InvalidClaims';
}

/** BTP (`national`), Scotland and Northern Ireland sit outside the ROCU network (DOMAIN.md §2): no ROCU user acts for them. */
const OUTSIDE_THE_ROCU_NETWORK: readonly string[] = ['national', 'scotland', 'northern-ireland'];

export function isRocuRegion(region: string): boolean {
  return isRegionCode(region) && !OUTSIDE_THE_ROCU_NETWORK.includes(region);
}

/** An issuer may send an empty claim for "none" (a national user's force). */
function absent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A user id or name: present, bounded, printable (it is shown to auditors and written to the audit trail). */
function printable(value: unknown, limit: number): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= limit && !/[\p{Cc}\p{Cs}]/u.test(value) ? value : null;
}

/** Checks that a token's claims describe a user STOR can scope: a known role with its force or region. */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const role = claims.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidClaims(`role must be one of ${ROLES.join(', ')}`);
  }
  const userId = printable(claims.sub, 200);
  if (!userId) throw new InvalidClaims('the token names no user (sub)');
  const name = printable(claims.name, 200) ?? userId;
  // A force or region the token names must be one STOR knows: an unknown one is refused, never ignored.
  if (!absent(claims.force) && !(typeof claims.force === 'string' && isForceCode(claims.force))) {
    throw new InvalidClaims('the token names a force STOR does not know');
  }
  if (!absent(claims.region) && !(typeof claims.region === 'string' && isRegionCode(claims.region))) {
    throw new InvalidClaims('the token names a region STOR does not know');
  }
  const force = typeof claims.force === 'string' && isForceCode(claims.force) ? claims.force : undefined;
  const region = typeof claims.region === 'string' && claims.region ? claims.region : undefined;
  switch (role as UserRole) {
    case 'officer':
    case 'order-manager':
      if (!force) throw new InvalidClaims(`a ${role} must belong to a known force`);
      if (region !== undefined && region !== regionOf(force)) throw new InvalidClaims(`the ${force} force is not in the ${region} region`);
      return { userId, name, role: role as UserRole, force, region: regionOf(force) };
    case 'rocu': {
      const rocuRegion = region ?? (force ? regionOf(force) : undefined);
      if (!rocuRegion || !isRocuRegion(rocuRegion)) throw new InvalidClaims('a rocu user must belong to a ROCU region (not national, Scotland or Northern Ireland)');
      return { userId, name, role: 'rocu', region: rocuRegion };
    }
    case 'national':
    case 'auditor':
      return { userId, name, role: role as UserRole };
  }
}
