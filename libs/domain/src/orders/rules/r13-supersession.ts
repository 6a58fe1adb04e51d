import type { LegalConfig } from '../legal-config.js';
import type { OrderType } from '../order-type.js';

/**
 * R13: whether making an order of `newType` against a subject ends their earlier order of
 * `earlierType`. An STPO ends an earlier STPO (s17(6)); an STRO an earlier STRO (s24(6), wording
 * unverified: `stroSupersedesEarlierStro`); an STPO ends an STRO only if configured (no such
 * provision seen: `stpoEndsStro`). The NI STPO, TEPO and TERO are taken to work like the STPO.
 * Interim orders are not superseded: they end when their main application is determined (R26).
 */
export function supersedes(newType: OrderType, earlierType: OrderType, config: LegalConfig): boolean {
  if (newType === 'STRO' && earlierType === 'STRO') return config.stroSupersedesEarlierStro;
  if (newType === 'STPO' && earlierType === 'STRO') return config.stpoEndsStro;
  const sameKindEndsEarlier: OrderType[] = ['STPO', 'NI_STPO', 'TEPO', 'TERO'];
  return newType === earlierType && sameKindEndsEarlier.includes(newType);
}
