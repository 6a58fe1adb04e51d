import { type ForceCode, forceByCode, type Jurisdiction } from '#forces';
import type { JurisdictionCode } from './order-type.js';

/** Given a force code, the jurisdiction whose criminal law applies in its area; null when it has none of its own. */
export type ForceJurisdictionLookup = (force: ForceCode) => JurisdictionCode | null;

// British Transport Police polices railways across Great Britain: no area, so no law of its own.
const LAW_OF: Record<Jurisdiction, JurisdictionCode | null> = { 'england-wales': 'EW', scotland: 'SCO', 'northern-ireland': 'NI', 'great-britain': null };

/** The jurisdiction of a force's area, as the forces table (DOMAIN.md §2) gives it. */
export const forceJurisdiction: ForceJurisdictionLookup = (force) => LAW_OF[forceByCode(force)?.jurisdiction ?? 'england-wales'];
