import { type ForceCode, FORCES } from './forces.data.js';
import type { Region } from './force.types.js';

// Names follow the ROCU each region answers to (DOMAIN.md §2). London has no ROCU of its own:
// the Met does that work. BTP, Scotland and Northern Ireland sit outside the ROCU network.
const REGION_NAMES: Readonly<Record<string, string>> = {
  'east-midlands': 'East Midlands (EMSOU)',
  eastern: 'Eastern (ERSOU)',
  london: 'London (Metropolitan Police Service)',
  national: 'National (British Transport Police)',
  'north-east': 'North East (NERSOU)',
  'north-west': 'North West (NWROCU)',
  'northern-ireland': 'Northern Ireland',
  scotland: 'Scotland',
  'south-east': 'South East (SEROCU)',
  'south-west': 'South West (Zephyr)',
  wales: 'Wales (Tarian)',
  'west-midlands': 'West Midlands (WMROCU)',
  'yorkshire-and-humber': 'Yorkshire and the Humber (YHROCU)',
};

// Membership is derived from FORCES so the two tables can never disagree.
export const REGIONS: readonly Region[] = Object.freeze(
  Object.entries(REGION_NAMES)
    .map(([code, name]) =>
      Object.freeze({
        code,
        name,
        forces: Object.freeze(FORCES.filter((force) => force.region === code).map((force) => force.code)) as ForceCode[],
      }),
    )
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
);
