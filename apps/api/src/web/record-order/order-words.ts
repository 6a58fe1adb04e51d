import type { APPLICANT_KINDS, OFFENCE_JURISDICTIONS, QUALIFYING_OUTCOMES } from '#domain';

/** The record-an-order form's choices in an order manager's words, one for each of the domain's values. */
export const APPLICANT_WORDS: Record<(typeof APPLICANT_KINDS)[number], string> = {
  'chief-officer': 'A chief officer of police',
  'immigration-officer': 'An immigration officer',
  'nca-dg': 'The Director General of the National Crime Agency',
  glaa: 'The Gangmasters and Labour Abuse Authority',
  court: 'The court, on sentencing (no application)',
};

export const OUTCOME_WORDS: Record<(typeof QUALIFYING_OUTCOMES)[number], string> = {
  conviction: 'Convicted',
  insanity: 'Not guilty by reason of insanity',
  disability: 'Under a disability, but did the act',
  caution: 'Cautioned',
};

export const JURISDICTION_WORDS: Record<(typeof OFFENCE_JURISDICTIONS)[number], string> = {
  EW: 'England and Wales',
  SCO: 'Scotland',
  NI: 'Northern Ireland',
  foreign: 'Outside the UK',
};
