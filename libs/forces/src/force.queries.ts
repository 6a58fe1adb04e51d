import { FORCES } from './forces.data.js';
import { REGIONS } from './regions.data.js';
import type { Force } from './force.types.js';
import type { ForceCode } from './forces.data.js';

const FORCE_BY_CODE: ReadonlyMap<string, Force> = new Map(FORCES.map((force) => [force.code, force]));
const REGION_BY_CODE: ReadonlyMap<string, readonly ForceCode[]> = new Map(
  REGIONS.map((region) => [region.code, region.forces]),
);

export function isForceCode(code: string): code is ForceCode {
  return FORCE_BY_CODE.has(code as ForceCode);
}

export function forceByCode(code: string): Force | undefined {
  return FORCE_BY_CODE.get(code);
}

/** Land-border neighbours, sorted; [] for an unknown code. A fresh array the caller may change. */
export function neighboursOf(code: string): ForceCode[] {
  return [...(FORCE_BY_CODE.get(code)?.neighbours ?? [])];
}

export function regionOf(code: string): string | undefined {
  return FORCE_BY_CODE.get(code)?.region;
}

export function isRegionCode(code: string): boolean {
  return REGION_BY_CODE.has(code);
}

/** Member force codes, sorted; [] for an unknown region. A fresh array the caller may change. */
export function forcesInRegion(region: string): ForceCode[] {
  return [...(REGION_BY_CODE.get(region) ?? [])];
}
