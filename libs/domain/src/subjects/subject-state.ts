import type { IsoDate } from '../dates/iso-date.js';
import type { SubjectId } from './subject-id.js';
import { ERASED_PARTICULARS } from './erased.js';
import type { SubjectEvent, SubjectParticulars } from './subject-events.js';

export type SubjectState =
  | { status: 'none' }
  | ({ status: 'registered'; subjectId: SubjectId; /** Set once the subject's personal data is erased. */ erasedOn?: IsoDate } & SubjectParticulars);

export const initialSubjectState: SubjectState = { status: 'none' };

export function evolveSubject(state: SubjectState, event: SubjectEvent): SubjectState {
  switch (event.type) {
    case 'SubjectRegistered': {
      const { subjectId, forenames, surname, dateOfBirth, pncId, croNumber, aliases } = event.data;
      return { status: 'registered', subjectId, forenames, surname, dateOfBirth, pncId, croNumber, aliases: aliases.map((alias) => ({ ...alias })) };
    }
    case 'SubjectAliasesAdded':
      if (state.status !== 'registered') return state;
      return { ...state, aliases: [...state.aliases, ...event.data.aliases.map((alias) => ({ ...alias }))] };
    case 'SubjectParticularsCorrected': {
      if (state.status !== 'registered') return state;
      const { aliases, ...rest } = event.data.changes;
      return { ...state, ...rest, ...(aliases ? { aliases: aliases.map((alias) => ({ ...alias })) } : {}) };
    }
    case 'SubjectErased':
      if (state.status !== 'registered') return state;
      return { ...state, ...ERASED_PARTICULARS, aliases: [], erasedOn: event.data.erasedOn };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export function replaySubject(events: readonly SubjectEvent[]): SubjectState {
  return events.reduce(evolveSubject, initialSubjectState);
}
