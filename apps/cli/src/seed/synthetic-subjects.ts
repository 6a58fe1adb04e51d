import { addDays, addYears, type Alias, type IsoDate, newAliases, pncCheckCharacter, type PncId, type SubjectParticulars } from '#domain';
import { COMMUNITIES, type Community, namesOf } from './names/community.js';
import { pickWeighted, type Random, ZipfPicker } from './random.js';

/** A synthetic person: who the first order names, and the other names later orders and notifications bring. */
export interface SyntheticSubject {
  community: string;
  particulars: SubjectParticulars;
  /** Other names that come to light later (a later order, a notification), in that order. */
  laterAliases: Alias[];
}

interface NamesOfCommunity {
  community: Community;
  forenames: ZipfPicker<string>;
  surnames: ZipfPicker<string>;
}

const NAMES: NamesOfCommunity[] = COMMUNITIES.map((community) => ({
  community,
  forenames: new ZipfPicker(namesOf(community.forenames)),
  surnames: new ZipfPicker(namesOf(community.surnames)),
}));
const CHOICES = NAMES.map((names) => ({ weight: names.community.weight, value: names }));

/** A person of one of the communities an MSHT register holds, old enough for an order on `firstOrderOn`. */
export function syntheticSubject(random: Random, firstOrderOn: IsoDate): SyntheticSubject {
  const names = pickWeighted(random, CHOICES);
  const { community } = names;
  const middle = !community.familyNameFirst && random.chance(0.18) ? ` ${names.forenames.pick(random)}` : '';
  const forename = names.forenames.pick(random);
  const forenames = middle.trim() === forename ? forename : `${forename}${middle}`;
  const surname = names.surnames.pick(random);
  const dateOfBirth = dateOfBirthFor(random, firstOrderOn);
  const known = { forenames, surname, aliases: [] as Alias[] };
  const aliases = newAliases(known, otherNames(random, names, forename, surname, aliasCount(random)));
  const atFirst = aliases.filter(() => random.chance(0.75));
  return {
    community: community.name,
    particulars: {
      forenames,
      surname,
      dateOfBirth,
      pncId: random.chance(0.7) ? pncIdFor(random, dateOfBirth, firstOrderOn) : null,
      croNumber: random.chance(0.15) ? croNumberFor(random, dateOfBirth, firstOrderOn) : null,
      aliases: atFirst,
    },
    laterAliases: aliases.filter((alias) => !atFirst.includes(alias)),
  };
}

/** 0-6 other names, about 3 drawn (2.5 once duplicates are dropped): most subjects have a couple, a few a great many. */
function aliasCount(random: Random): number {
  return pickWeighted(random, [
    { weight: 8, value: 0 },
    { weight: 14, value: 1 },
    { weight: 22, value: 2 },
    { weight: 22, value: 3 },
    { weight: 16, value: 4 },
    { weight: 11, value: 5 },
    { weight: 7, value: 6 },
  ]);
}

/** Names the same person is recorded under (DOMAIN.md §5). Duplicates are dropped by the caller. */
function otherNames(random: Random, names: NamesOfCommunity, forename: string, surname: string, count: number): Alias[] {
  const found: Alias[] = [];
  const variants = names.community.aliases[forename] ?? [];
  for (let attempt = 0; found.length < count && attempt < count * 3; attempt++) {
    const roll = random.next();
    if (roll < 0.3 && variants.length > 0) found.push({ forenames: random.pick(variants), surname });
    else if (roll < 0.45 || (roll < 0.55 && (names.community.familyNameFirst || names.community.patronymic))) found.push({ forenames: surname, surname: forename });
    else if (roll < 0.65) found.push({ forenames: forename, surname: names.surnames.pick(random) });
    else if (roll < 0.85) found.push({ forenames: misspelt(random, forename), surname: misspelt(random, surname) });
    else found.push({ forenames: names.forenames.pick(random), surname: names.surnames.pick(random) });
  }
  return found;
}

const PLAIN_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', ß: 'ss' };

/** As another force typed it: without its diacritics, or a letter doubled or dropped. */
export function misspelt(random: Random, name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøß]/g, (letter) => PLAIN_LETTERS[letter] ?? letter);
  if (plain !== name && random.chance(0.6)) return plain;
  if (name.length < 4) return plain;
  const at = random.int(1, name.length - 2);
  return random.chance(0.5) ? `${name.slice(0, at)}${name[at]}${name.slice(at)}` : `${name.slice(0, at)}${name.slice(at + 1)}`;
}

/** 18 to 60 at the first order; about one in twenty recorded with the 1 January placeholder (§5). */
function dateOfBirthFor(random: Random, firstOrderOn: IsoDate): IsoDate {
  const born = addDays(addYears(firstOrderOn, -random.int(18, 60)), -random.int(0, 364));
  return random.chance(0.05) ? (`${born.slice(0, 4)}-01-01` as IsoDate) : born;
}

/** Issued when the person was first arrested: between their fourteenth birthday and the first order. */
function pncIdFor(random: Random, dateOfBirth: IsoDate, firstOrderOn: IsoDate): PncId {
  const year = String(random.int(Math.max(1980, Number(dateOfBirth.slice(0, 4)) + 14), Number(firstOrderOn.slice(0, 4))));
  const serial = String(random.int(1, 9_999_999)).padStart(7, '0');
  return `${year}/${serial}${pncCheckCharacter(year.slice(2), serial)}` as PncId;
}

const CRO_CHECK = 'ZABCDEFGHJKLMNPQRTUVWXY';

/** NNNNNN/YYC, the check letter over YY and the six-digit serial (DOMAIN.md §5). */
function croNumberFor(random: Random, dateOfBirth: IsoDate, firstOrderOn: IsoDate): string {
  const year = String(random.int(Math.max(1980, Number(dateOfBirth.slice(0, 4)) + 14), Number(firstOrderOn.slice(0, 4)))).slice(2);
  const serial = String(random.int(1, 999_999)).padStart(6, '0');
  return `${serial}/${year}${CRO_CHECK[Number(`${year}${serial}`) % CRO_CHECK.length]}`;
}
