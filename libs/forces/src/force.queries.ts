import { FORCES } from './forces.data.js';
import { REGIONS } from './regions.data.js';
import type { Force } from './force.types.js';

const FORCE_BY_CODE: ReadonlyMap<string, Force> = new Map(FORCES.map((force) => [force.code, force]));
const REGION_BY_CODE: ReadonlyMap<string, readonly string[]> = new Map(
  REGIONS.map((region) => [region.code, region.forces]),
);

export function isForceCode(code: string): boolean {
  return FORCE_BY_CODE.has(code);
}

export function forceByCode(code: string): Force | undefined {
  return FORCE_BY_CODE.get(code);
}

/** Land-border neighbours, sorted; [] for an unknown code. A fresh array the caller may change. */
export function neighboursOf(code: string): string[] {
  return [...(FORCE_BY_CODE.get(code)?.neighbours ?? [])];
}

export function regionOf(code: string): string | undefined {
  return FORCE_BY_CODE.get(code)?.region;
}

export function isRegionCode(code: string): boolean {
  return REGION_BY_CODE.has(code);
}

/** Member force codes, sorted; [] for an unknown region. A fresh array the caller may change. */
export function forcesInRegion(region: string): string[] {
  return [...(REGION_BY_CODE.get(region) ?? [])];
}
