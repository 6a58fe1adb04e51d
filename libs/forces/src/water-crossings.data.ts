import type { WaterCrossing } from './force.types.js';
import type { ForceCode } from './forces.data.js';

// Not land borders, so not in any force's neighbours; kept for an opt-in alert rule (DOMAIN.md §2).
export const WATER_CROSSINGS: readonly WaterCrossing[] = Object.freeze([
  Object.freeze({ forces: ['avon-and-somerset', 'gwent'] as [ForceCode, ForceCode], name: 'Severn bridges (M4/M48)' }),
  Object.freeze({ forces: ['essex', 'kent'] as [ForceCode, ForceCode], name: 'Dartford Crossing (Thames)' }),
  Object.freeze({ forces: ['police-scotland', 'psni'] as [ForceCode, ForceCode], name: 'Cairnryan-Belfast ferry' }),
]);
