import type { IsoDate } from '../dates/iso-date.js';

/** The three kinds of foreign travel prohibition (s18(2), s25(2)). */
export const FOREIGN_TRAVEL_SCOPES = Object.freeze(['named-countries', 'all-except', 'all'] as const);

export interface ForeignTravel {
  scope: (typeof FOREIGN_TRAVEL_SCOPES)[number];
  countries: string[];
}

/** A prohibition as the court worded it. */
export interface ProhibitionTerms {
  prohibitionId: string;
  text: string;
  /** The last day it is in force; null means "until further order". */
  until: IsoDate | null;
  foreignTravel?: ForeignTravel;
}

/** Copies only the fields of the terms, so nothing a caller added rides into an event. */
export function copyTerms(terms: ProhibitionTerms): ProhibitionTerms {
  const copy: ProhibitionTerms = { prohibitionId: terms.prohibitionId, text: terms.text, until: terms.until };
  if (terms.foreignTravel) {
    copy.foreignTravel = { scope: terms.foreignTravel.scope, countries: [...terms.foreignTravel.countries] };
  }
  return copy;
}
