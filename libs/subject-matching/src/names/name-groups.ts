import { NAME_GROUPS, type NameGroup } from './name-groups.data.js';

const GROUPS_BY_NAME: ReadonlyMap<string, readonly NameGroup[]> = (() => {
  const byName = new Map<string, NameGroup[]>();
  for (const group of NAME_GROUPS) {
    for (const name of group.names) {
      const groups = byName.get(name);
      if (groups) groups.push(group);
      else byName.set(name, [group]);
    }
  }
  return byName;
})();

const NONE: readonly NameGroup[] = [];

/** The variant and English-form groups a normalised name token belongs to (often none). */
export function nameGroupsOf(token: string): readonly NameGroup[] {
  return GROUPS_BY_NAME.get(token) ?? NONE;
}

/** How two tokens are related through the curated list: 'variant' beats 'englishForm'. */
export function sharedNameGroup(a: string, b: string): 'variant' | 'englishForm' | null {
  const aGroups = GROUPS_BY_NAME.get(a);
  const bGroups = GROUPS_BY_NAME.get(b);
  if (!aGroups || !bGroups) return null;
  let found: 'variant' | 'englishForm' | null = null;
  for (const group of aGroups) {
    if (!bGroups.includes(group)) continue;
    if (group.kind === 'variant') return 'variant';
    found = 'englishForm';
  }
  return found;
}
