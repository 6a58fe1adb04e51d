import { readFileSync } from 'node:fs';
import { DEFAULT_LEGAL_CONFIG, isOrderType, JURISDICTION_CODES, type LegalConfig } from '#domain';
import { ConfigError } from './stor-config.js';

const BOOLEAN_SETTINGS = ['stroSupersedesEarlierStro', 'stpoEndsStro', 'r23ForeignTravelOnlyException', 'btpChiefConstableMayApply'] as const;

/**
 * The points of law still awaiting a legal reviewer (docs/legal-review.md): the domain's defaults,
 * overridden by the JSON file named in LEGAL_CONFIG_FILE. A setting the file gets wrong stops
 * start-up — a register must not run on a rule it misread.
 */
export function loadLegalConfig(file: string | null): LegalConfig {
  if (!file) return DEFAULT_LEGAL_CONFIG;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`LEGAL_CONFIG_FILE ${file} could not be read as JSON: ${(error as Error).message}`);
  }
  return mergeLegalConfig(raw, file);
}

export function mergeLegalConfig(raw: unknown, source: string): LegalConfig {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${source} must hold a JSON object`);
  const given = raw as Record<string, unknown>;
  const known = new Set<string>([...BOOLEAN_SETTINGS, 'r22AppliesTo', 'teroMinimumYears', 'summaryMaximumCustodyMonths', 'enforceableIn']);
  const unknown = Object.keys(given).filter((key) => !known.has(key));
  if (unknown.length) throw new ConfigError(`${source}: unknown settings ${unknown.join(', ')}`);
  const config: LegalConfig = structuredClone(DEFAULT_LEGAL_CONFIG) as LegalConfig;
  for (const key of BOOLEAN_SETTINGS) {
    if (key in given) config[key] = expect(given[key], (v): v is boolean => typeof v === 'boolean', `${key} must be true or false`);
  }
  if ('r22AppliesTo' in given) config.r22AppliesTo = orderTypes(given.r22AppliesTo, 'r22AppliesTo');
  if ('teroMinimumYears' in given) {
    config.teroMinimumYears = expect(given.teroMinimumYears, (v): v is number | null => v === null || (Number.isInteger(v) && (v as number) > 0), 'teroMinimumYears must be a whole number of years or null');
  }
  if ('summaryMaximumCustodyMonths' in given) {
    config.summaryMaximumCustodyMonths = expect(given.summaryMaximumCustodyMonths, (v): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) <= 60, 'summaryMaximumCustodyMonths must be 1 to 60');
  }
  if ('enforceableIn' in given) {
    const table = given.enforceableIn as Record<string, unknown>;
    if (!table || typeof table !== 'object') throw new ConfigError('enforceableIn must map EW, SCO and NI to lists of order types');
    for (const jurisdiction of JURISDICTION_CODES) {
      if (jurisdiction in table) config.enforceableIn[jurisdiction] = orderTypes(table[jurisdiction], `enforceableIn.${jurisdiction}`);
    }
  }
  return Object.freeze(config);
}

function orderTypes(value: unknown, name: string) {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && isOrderType(v))) {
    throw new ConfigError(`${name} must be a list of order types such as STPO`);
  }
  return value as LegalConfig['r22AppliesTo'];
}

function expect<T>(value: unknown, check: (v: unknown) => v is T, message: string): T {
  if (!check(value)) throw new ConfigError(message);
  return value;
}
