/** Nest injection token for the validated StorConfig. */
export const STOR_CONFIG = Symbol('STOR_CONFIG');

/** Nest injection token for the LegalConfig every decision runs under. */
export const LEGAL_CONFIG = Symbol('LEGAL_CONFIG');
