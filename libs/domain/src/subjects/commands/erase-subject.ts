import type { Actor } from '../../actors/actor.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { Conflict, NotPermitted, SubjectNotFound } from '../../errors/domain-error.js';
import type { SubjectId } from '../subject-id.js';
import type { SubjectErased } from '../subject-events.js';
import type { SubjectState } from '../subject-state.js';

/**
 * Erase a subject's personal data where the law requires it (crypto-shredding): by the national
 * role only. `sealed` says whether the subject's data was sealed under a key of their own from
 * their registration on; a subject recorded before sealing began cannot be erased from the log by
 * destroying a key, so the erasure is refused rather than pretended.
 */
export interface EraseSubject {
  type: 'EraseSubject';
  subjectId: SubjectId;
  sealed: boolean;
}

export function eraseSubject(command: EraseSubject, state: SubjectState, context: { actor: Actor; today: IsoDate }): SubjectErased[] {
  if (context.actor.role !== 'national') throw new NotPermitted(`Only the national role may erase a subject's personal data; a ${context.actor.role} may not.`);
  if (state.status !== 'registered') throw new SubjectNotFound(command.subjectId);
  if (state.erasedOn) return [];
  if (!command.sealed) {
    throw new Conflict(
      `Subject ${command.subjectId} was recorded before personal data was sealed under a key of its own: destroying a key cannot make the log unreadable, so nothing was erased.`,
    );
  }
  return [{ type: 'SubjectErased', data: { subjectId: command.subjectId, erasedOn: context.today } }];
}
