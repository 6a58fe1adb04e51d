export type { Force, Jurisdiction, Region, WaterCrossing } from './force.types.js';
export { FORCES, type ForceCode } from './forces.data.js';
export { REGIONS } from './regions.data.js';
export { WATER_CROSSINGS } from './water-crossings.data.js';
export {
  forceByCode,
  forcesInRegion,
  isForceCode,
  isRegionCode,
  neighboursOf,
  regionOf,
} from './force.queries.js';
