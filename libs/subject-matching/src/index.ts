// The public API of libs/subject-matching: pure functions for finding a subject however the name
// is spelled (DOMAIN.md §5). No framework, no I/O, no clock.

export { matchTokens } from './names/match-tokens.js';
export { joinedOf, namePartCount } from './names/name-parts.js';
export { queryKeys, tokenKeys } from './keys/token-keys.js';
export { scoreCandidate, PARTIAL_NAME_BITS, RARE_NAME_BITS, STRONG_BITS } from './scoring/score-candidate.js';
export type { Band, Candidate, CandidateName, MatchQuery, MatchReason, Scored, TokenFrequency } from './scoring/score-candidate.js';
export { compareDatesOfBirth } from './dates/date-of-birth.js';
export type { DateOfBirthComparison, DateOfBirthLevel } from './dates/date-of-birth.js';
export { jaroWinkler } from './similarity/jaro-winkler.js';
export { osaDistance } from './similarity/osa-distance.js';
export { trigramSimilarity } from './similarity/trigram-similarity.js';
export { NAME_GROUPS } from './names/name-groups.data.js';
export type { NameGroup, NameGroupKind } from './names/name-groups.data.js';
