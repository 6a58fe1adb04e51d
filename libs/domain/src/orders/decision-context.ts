import type { Actor } from '../actors/actor.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { LegalConfig } from './legal-config.js';

/** What the decider may know beyond the command and the order: who asks, the clock's date, and the law's settings. */
export interface DecisionContext {
  actor: Actor;
  today: IsoDate;
  /** The (unverified) points of law as configured; absent means DEFAULT_LEGAL_CONFIG. */
  legal?: LegalConfig;
}
