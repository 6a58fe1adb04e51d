import type { JurisdictionCode } from './order-type.js';

/** Given a force code, the jurisdiction whose criminal law applies in its area; null when it has none of its own. */
export type ForceJurisdictionLookup = (force: string) => JurisdictionCode | null;

/**
 * The jurisdiction of a force's area (DOMAIN.md §2): Police Scotland → SCO, PSNI → NI, British
 * Transport Police polices railways across Great Britain and has no area (null), every other
 * force → EW. The register's force list (libs/forces) is the full source; this is the part the
 * law turns on, kept here so the domain imports nothing.
 */
export const forceJurisdiction: ForceJurisdictionLookup = (force) => {
  if (force === 'police-scotland') return 'SCO';
  if (force === 'psni') return 'NI';
  if (force === 'btp') return null;
  return 'EW';
};
