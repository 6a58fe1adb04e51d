import type { Actor } from '../actors/actor.js';
import type { IsoDate } from '../dates/iso-date.js';
import { type CorrectSubject, correctSubject } from './commands/correct-subject.js';
import { type EraseSubject, eraseSubject } from './commands/erase-subject.js';
import { type IdentifySubject, identifySubject } from './commands/identify-subject.js';
import { type RegisterSubject, registerSubject } from './commands/register-subject.js';
import type { SubjectEvent } from './subject-events.js';
import type { SubjectState } from './subject-state.js';

export type SubjectCommand = RegisterSubject | IdentifySubject | CorrectSubject | EraseSubject;

/** The facts a command makes true of a subject's identity, or a DomainError saying why not. */
export function decideSubject(command: SubjectCommand, state: SubjectState, context: { actor: Actor; today: IsoDate }): SubjectEvent[] {
  switch (command.type) {
    case 'RegisterSubject':
      return registerSubject(command, state, context.today);
    case 'IdentifySubject':
      return identifySubject(command, state, context.today);
    case 'CorrectSubject':
      return correctSubject(command, state, context);
    case 'EraseSubject':
      return eraseSubject(command, state, context);
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown subject command ${JSON.stringify((unhandled as { type?: unknown }).type)}`);
    }
  }
}
