import type { Actor } from '../actors/actor.js';
import type { IsoDate } from '../dates/iso-date.js';

/** What the decider may know beyond the command and the order: who asks, and the clock's date. */
export interface DecisionContext {
  actor: Actor;
  today: IsoDate;
}
