import { type ForceCode, FORCES, neighboursOf } from '#forces';
import { pickWeighted, type Random } from './random.js';

// Bigger forces manage more orders; British Transport Police is not a police area (R4), so owns none.
const LARGER: Record<string, number> = { met: 8, 'greater-manchester': 4, 'west-midlands': 4, 'west-yorkshire': 3, 'thames-valley': 2, kent: 2, essex: 2, merseyside: 2, 'south-yorkshire': 2, hampshire: 2, lancashire: 2 };

const OWNING = FORCES.filter((force) => force.jurisdiction === 'england-wales').map((force) => ({ weight: LARGER[force.code] ?? 1, value: force.code }));

export function pickOwningForce(random: Random): ForceCode {
  return pickWeighted(random, OWNING);
}

/** Where a subject moves to, or a breach happens: most often next door. */
export function nearbyForce(random: Random, force: ForceCode): ForceCode {
  const neighbours = neighboursOf(force).filter((code) => OWNING.some((owning) => owning.value === code));
  return neighbours.length > 0 && random.chance(0.7) ? random.pick(neighbours) : pickOwningForce(random);
}
