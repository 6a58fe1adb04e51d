// Which body of law an order made by this force falls under; BTP polices rail across Great Britain.
export type Jurisdiction = 'england-wales' | 'scotland' | 'northern-ireland' | 'great-britain';

export interface Force {
  code: string;
  name: string;
  region: string;
  jurisdiction: Jurisdiction;
  /** Codes of forces sharing a land border, sorted; symmetric across the whole table. */
  neighbours: string[];
}

export interface Region {
  code: string;
  name: string;
  /** Codes of member forces, sorted. */
  forces: string[];
}

export interface WaterCrossing {
  forces: [string, string];
  name: string;
}
