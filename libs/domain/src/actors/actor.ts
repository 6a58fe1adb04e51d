import type { ForceCode } from '#forces';
/** Roles as carried in the token (API.md). 'system' is the clock that expires prohibitions. */
export type Role = 'officer' | 'order-manager' | 'rocu' | 'national' | 'auditor' | 'system';

export interface Actor {
  userId: string;
  role: Role;
  force?: ForceCode;
  region?: string;
  name?: string;
}
