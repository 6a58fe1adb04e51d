import type { ForceCode } from './forces.data.js';

// Which body of law an order made by this force falls under; BTP polices rail across Great Britain.
export type Jurisdiction = 'england-wales' | 'scotland' | 'northern-ireland' | 'great-britain';

export interface Force {
  code: ForceCode;
  name: string;
  region: string;
  jurisdiction: Jurisdiction;
  /** Codes of forces sharing a land border, sorted; symmetric across the whole table. */
  neighbours: ForceCode[];
}

export interface Region {
  code: string;
  name: string;
  /** Codes of member forces, sorted. */
  forces: ForceCode[];
}

export interface WaterCrossing {
  forces: [ForceCode, ForceCode];
  name: string;
}
