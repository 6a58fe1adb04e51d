/** Nest injection token for the LegalConfig every decision runs under. */
export const LEGAL_CONFIG = Symbol('LEGAL_CONFIG');
