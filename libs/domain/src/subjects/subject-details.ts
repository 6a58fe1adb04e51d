import type { SubjectId } from './subject-id.js';
import type { PncId } from './pnc-id.js';
import type { IsoDate } from '../dates/iso-date.js';

/** Another name the subject uses; notifiable under R16-R17 and searched like the main name. */
export interface Alias {
  forenames: string;
  surname: string;
}

/** The subject as the order names them. Names are kept as written, for display and court papers. */
export interface SubjectDetails {
  subjectId: SubjectId;
  forenames: string;
  surname: string;
  dateOfBirth: IsoDate | null;
  aliases: Alias[];
  /** Canonical 'YYYY/NNNNNNNC' form (see parsePncId), or null when the subject has none. */
  pncId: PncId | null;
}
