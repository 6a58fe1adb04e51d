import type { WaterCrossing } from './force.types.js';

// Not land borders, so not in any force's neighbours; kept for an opt-in alert rule (DOMAIN.md §2).
export const WATER_CROSSINGS: readonly WaterCrossing[] = Object.freeze([
  Object.freeze({ forces: ['avon-and-somerset', 'gwent'] as [string, string], name: 'Severn bridges (M4/M48)' }),
  Object.freeze({ forces: ['essex', 'kent'] as [string, string], name: 'Dartford Crossing (Thames)' }),
  Object.freeze({ forces: ['police-scotland', 'psni'] as [string, string], name: 'Cairnryan-Belfast ferry' }),
]);
