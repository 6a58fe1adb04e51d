import type { ForceCode } from '#forces';
import type { IsoDate } from '../dates/iso-date.js';
import type { OrderType } from './order-type.js';

// What the court's order says beyond its prohibitions: the law it was made under, who applied,
// the offence it rests on, and the positive requirements E&W law allows (R8): notification and
// passport surrender.

/** The provision an order was made under (R1; Scottish and NI counterparts per R35, R36). */
export type LegalBasis =
  | 's14'
  | 's15'
  | 's21'
  | 's23'
  | 's28'
  | 'HTE(S)A s17'
  | 'HTE(S)A s18'
  | 'HTE(S)A s23'
  | 'HTE(S)A interim'
  | 'NI Sch3 para1'
  | 'NI Sch3 para2'
  | 'NI Sch3 para7';

/** R1: the provisions each order type can be made under. */
export const LEGAL_BASES_OF: Readonly<Record<OrderType, readonly LegalBasis[]>> = Object.freeze({
  STPO: ['s14', 's15'],
  INTERIM_STPO: ['s21'],
  STRO: ['s23'],
  INTERIM_STRO: ['s28'],
  TEPO: ['HTE(S)A s17', 'HTE(S)A s18'],
  TERO: ['HTE(S)A s23'],
  INTERIM_TEPO: ['HTE(S)A interim'],
  INTERIM_TERO: ['HTE(S)A interim'],
  NI_STPO: ['NI Sch3 para1', 'NI Sch3 para2'],
  NI_INTERIM_STPO: ['NI Sch3 para7'],
});

export const LEGAL_BASES: readonly LegalBasis[] = Object.freeze([...new Set(Object.values(LEGAL_BASES_OF).flat())]);

/** Made by the court dealing with the subject for the offence, not on anyone's application. */
export const ON_SENTENCING_BASES: readonly LegalBasis[] = Object.freeze(['s14', 'HTE(S)A s17', 'NI Sch3 para1']);

/** The MSA bases made on the complaint of one of the s15(1)/s23(1) applicants (R4). */
export const MSA_APPLICATION_BASES: readonly LegalBasis[] = Object.freeze(['s15', 's21', 's23', 's28']);

export function isLegalBasis(value: unknown): value is LegalBasis {
  return typeof value === 'string' && (LEGAL_BASES as readonly string[]).includes(value);
}

/** R4 (s15(1), s23(1)): who applied for the order; 'court' for an order made on sentencing. */
export const APPLICANT_KINDS = Object.freeze(['chief-officer', 'immigration-officer', 'nca-dg', 'glaa', 'court'] as const);
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** The four who may apply under s15(1)/s23(1). */
export const STATUTORY_APPLICANTS: readonly ApplicantKind[] = Object.freeze(['chief-officer', 'immigration-officer', 'nca-dg', 'glaa']);

/** Applicants who are not police and so must give notice to a chief officer (R6, s15(7)-(8), s23(6)-(7)). */
export const NON_POLICE_APPLICANTS: readonly ApplicantKind[] = Object.freeze(['immigration-officer', 'nca-dg', 'glaa']);

export interface Applicant {
  kind: ApplicantKind;
  /** The force whose chief officer applied; required for 'chief-officer'. */
  force?: ForceCode;
}

export const QUALIFYING_OUTCOMES = Object.freeze(['conviction', 'insanity', 'disability', 'caution'] as const);
export type QualifyingOutcome = (typeof QUALIFYING_OUTCOMES)[number];

export const OFFENCE_JURISDICTIONS = Object.freeze(['EW', 'SCO', 'NI', 'foreign'] as const);
export type OffenceJurisdiction = (typeof OFFENCE_JURISDICTIONS)[number];

/** R2, R7 (s14, s16): the offence and outcome that make the subject a relevant offender. */
export interface QualifyingOffence {
  offence: string;
  outcome: QualifyingOutcome;
  decidedOn: IsoDate;
  jurisdiction: OffenceJurisdiction;
}

/** R15-R16 (s19, s26): whether the order requires the subject to notify names and address, and to whom (the person it names). */
export type NotificationTerms = { required: false; notifyTo: null } | { required: true; notifyTo: string };

/** What an order manager asks for, before R16 has judged it. */
export interface NotificationRequest {
  required: boolean;
  notifyTo: string | null;
}

export const NO_NOTIFICATION_REQUIRED: NotificationTerms = Object.freeze({ required: false, notifyTo: null });

/** R12 (s18(4), s25(4)): where and by when the subject must surrender every passport. */
export interface PassportSurrenderTerms {
  policeStation: string;
  dueOn: IsoDate;
}

export function copyApplicant(applicant: Applicant | null): Applicant | null {
  if (applicant === null) return null;
  return applicant.force === undefined ? { kind: applicant.kind } : { kind: applicant.kind, force: applicant.force };
}

export function copyQualifyingOffence(offence: QualifyingOffence | null): QualifyingOffence | null {
  return offence === null ? null : { offence: offence.offence, outcome: offence.outcome, decidedOn: offence.decidedOn, jurisdiction: offence.jurisdiction };
}

export function copyPassportSurrender(terms: PassportSurrenderTerms | null): PassportSurrenderTerms | null {
  return terms === null ? null : { policeStation: terms.policeStation, dueOn: terms.dueOn };
}
