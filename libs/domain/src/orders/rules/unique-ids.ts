import { RuleViolation } from '../../errors/domain-error.js';

/** Breaches and later variations name prohibitions by id, so an id must mean one prohibition. */
export function requireUniqueProhibitionIds(newIds: readonly string[], existingIds: readonly string[], field: string): void {
  const seen = new Set(existingIds);
  newIds.forEach((id, index) => {
    if (id.trim() === '') {
      throw new RuleViolation('prohibition-id-missing', 'Each prohibition needs an id.', `${field}[${index}].prohibitionId`);
    }
    if (seen.has(id)) {
      throw new RuleViolation('duplicate-prohibition-id', `The order already has a prohibition with id ${id}.`, `${field}[${index}].prohibitionId`);
    }
    seen.add(id);
  });
}

export function requireNewBreachId(breachId: string, existingIds: readonly string[]): void {
  if (existingIds.includes(breachId)) {
    throw new RuleViolation('duplicate-breach-id', `A breach with id ${breachId} is already recorded on this order.`, 'breachId');
  }
}
