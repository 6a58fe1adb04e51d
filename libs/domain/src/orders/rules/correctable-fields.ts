import { RuleViolation } from '../../errors/domain-error.js';

const LEGAL_PERIOD_FIELDS = ['madeOn', 'until', 'startsOn', 'renewedOn', 'variedOn', 'dischargedOn'];
const CORRECTABLE = ['court', 'servedOn', 'prohibitionTexts'];
const CORRECTABLE_SUBJECT = ['forenames', 'surname', 'dateOfBirth', 'aliases', 'pncId'];

function refuseLegalPeriod(field: string): never {
  throw new RuleViolation(
    'correction-changes-legal-period',
    `${field} decides how long the order or a prohibition lasts, so it cannot be corrected as a data-entry mistake: record the court's variation or renewal instead (s20, s27). If the order itself was entered wrongly, ask the national team.`,
    `changes.${field}`,
  );
}

/**
 * A correction fixes data-entry mistakes in what the register shows — the court's name, the day
 * of service, the subject's particulars, the words of a prohibition — never the dates that decide
 * legal periods (made, until), which change only by variation or renewal, and never who owns it
 * (a transfer) or what kind of order it is.
 */
export function requireCorrectableFields(changes: unknown): void {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw new RuleViolation('correction-changes-nothing', 'Say what the correction changes.', 'changes');
  }
  for (const key of Object.keys(changes)) {
    if (LEGAL_PERIOD_FIELDS.includes(key)) refuseLegalPeriod(key);
    if (key === 'subject') {
      throw new RuleViolation(
        'subject-identity',
        "A subject's particulars are who the person is, across every order: correct them with POST /api/subjects/{subjectId}/corrections, not on one order.",
        'changes.subject',
      );
    }
    if (!CORRECTABLE.includes(key)) {
      throw new RuleViolation('correction-field-not-correctable', `${key} cannot be corrected; a correction may change the court, servedOn, the subject's particulars or a prohibition's words.`, `changes.${key}`);
    }
  }
  const { subject, prohibitionTexts } = changes as { subject?: unknown; prohibitionTexts?: unknown };
  if (subject !== undefined) {
    if (typeof subject !== 'object' || subject === null) {
      throw new RuleViolation('correction-field-not-correctable', "Give the subject's corrected particulars as fields.", 'changes.subject');
    }
    for (const key of Object.keys(subject)) {
      if (!CORRECTABLE_SUBJECT.includes(key)) {
        throw new RuleViolation('correction-field-not-correctable', `The subject's ${key} cannot be corrected here.`, `changes.subject.${key}`);
      }
    }
  }
  if (prohibitionTexts !== undefined) {
    if (!Array.isArray(prohibitionTexts)) {
      throw new RuleViolation('correction-field-not-correctable', 'Give corrected prohibition words as a list of { prohibitionId, text }.', 'changes.prohibitionTexts');
    }
    prohibitionTexts.forEach((entry: unknown, index) => {
      for (const key of Object.keys((entry ?? {}) as object)) {
        if (LEGAL_PERIOD_FIELDS.includes(key)) refuseLegalPeriod(`prohibitionTexts[${index}].${key}`);
        if (key !== 'prohibitionId' && key !== 'text') {
          throw new RuleViolation('correction-field-not-correctable', `Only a prohibition's words can be corrected, not its ${key}.`, `changes.prohibitionTexts[${index}].${key}`);
        }
      }
    });
  }
}
