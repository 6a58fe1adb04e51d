// Generates the labelled evaluation set of the subject check: a register of people with one order
// each (register.json) and the officers' queries with the subject each should find (queries.json).
// Deterministic: a fixed seed, no clock, no I/O but the two files it writes. Rerun after editing
// names.mjs or this file, and review the diff:
//
//   node bench/search/make-evaluation-set.mjs [--seed 20261201] [--subjects 2000]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ADOPTED_NAMES, COMMUNITIES, COMPOUND_PREFIXES, COURTS, ENGLISH_FORMS, PROHIBITIONS, SOUND_ALIKE_RULES, SYLLABLES, VARIANT_GROUPS } from './names.mjs';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '20261201' }, subjects: { type: 'string', default: '2000' } } });
const SEED = Number(values.seed);
const SUBJECTS = Number(values.subjects);
const HERE = dirname(fileURLToPath(import.meta.url));
const LATEST_ORDER = '2026-11-30'; // the set is dated 2026-12-01: every order made before that day

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;
function shuffle(xs) {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const zipfTables = new Map();
/** Zipf-like draw: the i-th entry (most common first) has weight 1 / (i + 1). */
function zipf(xs) {
  let table = zipfTables.get(xs);
  if (!table) {
    let sum = 0;
    table = xs.map((_, i) => (sum += 1 / (i + 1)));
    zipfTables.set(xs, table);
  }
  const r = random() * table[table.length - 1];
  return xs[table.findIndex((c) => r < c)];
}
function weighted(entries) {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

// ---------------------------------------------------------------------------------------------
// Names as an officer or a clerk may write them

const FOLD = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', þ: 'th', Þ: 'Th', ı: 'i', İ: 'I' };
/** Without diacritics (what a UK keyboard types). */
const fold = (s) =>
  s
    .normalize('NFKC')
    .replace(/[łŁøØđĐæÆœŒßþÞıİ]/g, (c) => FOLD[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
const tokens = (s) =>
  fold(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
/** Order-free key of a full name, for labelling which register people a query may fairly return. */
const nameKey = (name) => tokens(name).sort().join(' ');
const full = (person) => `${person.forenames} ${person.surname}`;
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length];
}
/** Two name tokens an officer could confuse: one or two edits apart (one for short names). */
const near = (a, b) => levenshtein(a, b) <= (Math.min(a.length, b.length) <= 4 ? 1 : 2);

const variantsOf = new Map();
for (const group of VARIANT_GROUPS) {
  for (const name of group) variantsOf.set(name, [...new Set([...(variantsOf.get(name) ?? []), ...group.filter((n) => n !== name)])]);
}
const foldedVariants = new Map();
for (const group of VARIANT_GROUPS) {
  const folded = group.map((n) => fold(n).toLowerCase());
  for (const n of folded) foldedVariants.set(n, new Set([...(foldedVariants.get(n) ?? []), ...folded]));
}
for (const [name, english] of Object.entries(ENGLISH_FORMS)) {
  const a = fold(name).toLowerCase();
  const b = english.toLowerCase();
  foldedVariants.set(a, new Set([...(foldedVariants.get(a) ?? [a]), b]));
  foldedVariants.set(b, new Set([...(foldedVariants.get(b) ?? [b]), a]));
}
/** Same name in another spelling, English form or within an edit or two. */
const sameOrVariant = (a, b) => a === b || near(a, b) || (foldedVariants.get(a)?.has(b) ?? false);

function femaleSurname(community, surname, married = false) {
  switch (community) {
    case 'polish':
      return surname.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka');
    case 'lithuanian':
      if (married) return surname.replace(/ius$/, 'ienė').replace(/(as|is|ys)$/, 'ienė').replace(/us$/, 'uvienė');
      return surname.replace(/ius$/, 'iūtė').replace(/(as|is|ys)$/, 'aitė').replace(/us$/, 'utė');
    case 'roma':
      return `${surname.replace(/a$/, '')}ová`;
    case 'ukrainian':
      return surname.replace(/ov$/, 'ova').replace(/ev$/, 'eva').replace(/in$/, 'ina');
    default:
      return surname;
  }
}

const PATRONYMICS = {
  Oleksandr: ['Oleksandrovych', 'Oleksandrivna'], Aleksandr: ['Aleksandrovich', 'Aleksandrovna'], Sergei: ['Sergeyevich', 'Sergeyevna'],
  Ivan: ['Ivanovich', 'Ivanovna'], Mykola: ['Mykolayovych', 'Mykolayivna'], Vladimir: ['Vladimirovich', 'Vladimirovna'],
  Viktor: ['Viktorovich', 'Viktorovna'], Mikhail: ['Mikhailovich', 'Mikhailovna'], Petro: ['Petrovych', 'Petrivna'], Yuriy: ['Yuriyovych', 'Yuriyivna'],
};

// ---------------------------------------------------------------------------------------------
// Identifiers

const CHECK = 'ZABCDEFGHJKLMNPQRTUVWXY';
const pncCheck = (yy, serial7) => CHECK[Number(`${yy}${serial7}`) % 23];
const croCheck = (yy, serial6) => CHECK[Number(`${yy}${serial6}`) % 23];
if (`2003/1234567${pncCheck('03', '1234567')}` !== '2003/1234567Q' || `1979/0123456${pncCheck('79', '0123456')}` !== '1979/0123456T') {
  throw new Error('PNC check character does not reproduce the worked examples');
}
const usedPnc = new Set();
function pncId(dobYear) {
  for (;;) {
    const year = Math.min(2025, dobYear + int(16, 35));
    const yy = String(year % 100).padStart(2, '0');
    const serial = String(int(1, 9_999_999)).padStart(7, '0');
    const id = `${year}/${serial}${pncCheck(yy, serial)}`;
    if (!usedPnc.has(id)) {
      usedPnc.add(id);
      return id;
    }
  }
}
const usedCro = new Set();
function croNumber(dobYear) {
  for (;;) {
    const yy = String(Math.min(2025, dobYear + int(16, 35)) % 100).padStart(2, '0');
    const serial = String(int(1, 999_999)).padStart(6, '0');
    const id = `${serial}/${yy}${croCheck(yy, serial)}`;
    if (!usedCro.has(id)) {
      usedCro.add(id);
      return id;
    }
  }
}
/** `1979/0123456T` → `79/123456T` (serial without leading zeros; sometimes no slash). */
function shortPnc(id) {
  const [, year, serial, check] = /^(\d{4})\/(\d{7})([A-Z])$/.exec(id);
  return `${year.slice(2)}${chance(0.25) ? '' : '/'}${String(Number(serial))}${check}`;
}

// ---------------------------------------------------------------------------------------------
// Dates

const pad = (n) => String(n).padStart(2, '0');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
function randomDate(fromIso, toIso) {
  const from = Date.parse(`${fromIso}T00:00:00Z`);
  const to = Date.parse(`${toIso}T00:00:00Z`);
  return new Date(from + Math.floor(random() * ((to - from) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}
function dateOfBirth(year = Math.round(1955 + ((random() + random()) / 2) * 51)) {
  if (chance(0.05)) return { dateOfBirth: iso(year, 1, 1), dobPlaceholder: true };
  const month = int(1, 12);
  return { dateOfBirth: iso(year, month, int(1, daysIn(year, month))), dobPlaceholder: false };
}
const addYears = (isoDate, years) => `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`.replace(/-02-29$/, '-02-28');

// ---------------------------------------------------------------------------------------------
// The register

const FORCES = [
  ['met', 20], ['greater-manchester', 6], ['west-midlands', 6], ['west-yorkshire', 5], ['thames-valley', 4], ['kent', 4], ['essex', 4],
  ['hampshire', 4], ['merseyside', 3], ['south-yorkshire', 3], ['lancashire', 3], ['avon-and-somerset', 3], ['northumbria', 3],
  ...['bedfordshire', 'cambridgeshire', 'cheshire', 'city-of-london', 'cleveland', 'cumbria', 'derbyshire', 'devon-and-cornwall', 'dorset',
    'durham', 'dyfed-powys', 'gloucestershire', 'gwent', 'hertfordshire', 'humberside', 'leicestershire', 'lincolnshire', 'norfolk',
    'north-wales', 'north-yorkshire', 'northamptonshire', 'nottinghamshire', 'south-wales', 'staffordshire', 'suffolk', 'surrey', 'sussex',
    'warwickshire', 'west-mercia', 'wiltshire'].map((code) => [code, 1.5]),
];
const COMMUNITY_WEIGHTS = Object.entries(COMMUNITIES).map(([code, c]) => [code, c.weight]);

const people = [];
const nameAndDob = new Set();

function forenamesFor(code, sex, first = zipf(COMMUNITIES[code][sex])) {
  const c = COMMUNITIES[code];
  if (code === 'vietnamese') return `${pick(sex === 'male' ? c.maleMiddle : c.femaleMiddle)} ${first}`;
  if (c.middle.patronymic) {
    if (!chance(c.middle.chance)) return first;
    const father = pick(Object.keys(PATRONYMICS));
    return `${first} ${PATRONYMICS[father][sex === 'male' ? 0 : 1]}`;
  }
  if (!chance(c.middle.chance)) return first;
  const second = pick(c[sex].filter((n) => n !== first));
  return `${first} ${second}`;
}

function surnameFor(code, sex, base) {
  if (sex === 'female' && code === 'arabic' && chance(0.35)) return pick(['Begum', 'Bibi']);
  return sex === 'female' ? femaleSurname(code, base) : base;
}

/** A person with a name and a date of birth no one else on the register has together. */
function addPerson({ code, sex, forenames, surname, year, extra = {} }) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const dob = dateOfBirth(year);
    const id = `${nameKey(`${forenames} ${surname}`)}|${dob.dateOfBirth}`;
    if (nameAndDob.has(id)) continue;
    nameAndDob.add(id);
    const person = { key: `S${String(people.length + 1).padStart(4, '0')}`, community: code, sex, forenames, surname, ...dob, ...extra };
    people.push(person);
    return person;
  }
  throw new Error(`no free date of birth for ${forenames} ${surname}`);
}

function randomPerson() {
  const code = weighted(COMMUNITY_WEIGHTS);
  const sex = chance(code === 'british' || code === 'nigerian' ? 0.3 : 0.22) ? 'female' : 'male';
  return addPerson({ code, sex, forenames: forenamesFor(code, sex), surname: surnameFor(code, sex, zipf(COMMUNITIES[code].surnames)) });
}

// Several people sharing one common full name, told apart only by date of birth.
const CLUSTERS = Object.keys(COMMUNITIES).map((code) => ({ code }));
const CLUSTER_EXTRA = 2;
const SIBLINGS = 45;
const randomCount = SUBJECTS - CLUSTERS.length * (CLUSTER_EXTRA + 1) - SIBLINGS;
for (let i = 0; i < randomCount; i++) randomPerson();

for (const { code } of CLUSTERS) {
  const c = COMMUNITIES[code];
  const forenames = code === 'vietnamese' ? `${c.maleMiddle[0]} ${c.male[0]}` : c.male[0];
  const years = new Set(people.filter((p) => nameKey(full(p)) === nameKey(`${forenames} ${c.surnames[0]}`)).map((p) => Number(p.dateOfBirth.slice(0, 4))));
  for (let i = 0; i < CLUSTER_EXTRA + 1; i++) {
    let year;
    do year = int(1960, 2004);
    while ([...years].some((y) => Math.abs(y - year) < 2));
    years.add(year);
    addPerson({ code, sex: 'male', forenames, surname: c.surnames[0], year });
  }
}

// Siblings: same family surname, similar forenames, a few years apart.
for (const older of shuffle(people.filter((p) => p.surname !== 'Begum' && p.surname !== 'Bibi')).slice(0, SIBLINGS)) {
  const c = COMMUNITIES[older.community];
  const sex = chance(0.7) ? 'male' : 'female';
  const firstOlder = older.community === 'vietnamese' ? older.forenames.split(' ')[1] : older.forenames.split(' ')[0];
  const alike = c[sex].filter((n) => n !== firstOlder && fold(n)[0] === fold(firstOlder)[0]);
  const first = alike.length ? pick(alike) : pick(c[sex].filter((n) => n !== firstOlder));
  const base = older.sex === 'male' ? older.surname : (c.surnames.find((s) => femaleSurname(older.community, s) === older.surname) ?? older.surname);
  const year = Math.min(2006, Math.max(1955, Number(older.dateOfBirth.slice(0, 4)) + pick([-7, -5, -4, -3, -2, 2, 3, 4, 6, 8])));
  const sibling = addPerson({ code: older.community, sex, forenames: forenamesFor(older.community, sex, first), surname: surnameFor(older.community, sex, base), year, extra: { siblingOf: older.key } });
  older.siblingOf = sibling.key;
}

// Aliases (about 1.5 a person): English forms, other spellings, swapped order, other surnames.
function aliasCandidates(p) {
  const c = COMMUNITIES[p.community];
  const out = [];
  const parts = p.forenames.split(' ');
  const firstIndex = p.community === 'vietnamese' ? 1 : 0;
  const english = ENGLISH_FORMS[parts[firstIndex]];
  if (english) out.push({ forenames: parts.map((t, i) => (i === firstIndex ? english : t)).join(' '), surname: p.surname, kind: 'english' });
  const spellings = [...parts.map((t, i) => ({ i, t })), { i: -1, t: p.surname }].filter(({ t }) => variantsOf.has(t));
  if (spellings.length) {
    const { i, t } = pick(spellings);
    const other = pick(variantsOf.get(t));
    out.push(i < 0 ? { forenames: p.forenames, surname: other, kind: 'spelling' } : { forenames: parts.map((x, j) => (j === i ? other : x)).join(' '), surname: p.surname, kind: 'spelling' });
  }
  out.push({ forenames: p.surname, surname: p.forenames, kind: 'swapped' });
  if (p.sex === 'female' && chance(0.6)) out.push({ forenames: p.forenames, surname: femaleSurname(p.community, zipf(c.surnames), true), kind: 'married' });
  out.push({ forenames: p.forenames, surname: surnameFor(p.community, p.sex, pick(c.surnames)), kind: 'other-surname' });
  const adopted = ADOPTED_NAMES[p.community];
  if (adopted) out.push({ forenames: pick(adopted[p.sex]), surname: p.surname, kind: 'adopted' });
  return out;
}
for (const p of people) {
  const count = weighted([[0, 0.06], [1, 0.3], [2, 0.4], [3, 0.24]]);
  const seen = new Set([nameKey(full(p))]);
  p.aliases = [];
  for (const alias of shuffle(aliasCandidates(p))) {
    if (p.aliases.length >= count) break;
    const key = nameKey(full(alias));
    if (seen.has(key)) continue;
    seen.add(key);
    p.aliases.push(alias);
  }
}

// Identifiers and the order that puts each person on the register.
for (const p of people) {
  const year = Number(p.dateOfBirth.slice(0, 4));
  if (chance(0.7)) p.pncId = pncId(year);
  if (chance(0.2)) p.croNumber = croNumber(year);
  const type = chance(0.75) ? 'STPO' : 'STRO';
  const from = `${Math.max(2016, year + 18)}-01-01`;
  const madeOn = randomDate(from < LATEST_ORDER ? from : '2026-01-01', LATEST_ORDER);
  const texts = shuffle(PROHIBITIONS).slice(0, int(1, 3));
  p.order = {
    type,
    owningForce: weighted(FORCES),
    court: pick(COURTS[type]),
    madeOn,
    subject: {
      forenames: p.forenames,
      surname: p.surname,
      dateOfBirth: p.dateOfBirth,
      aliases: p.aliases.map(({ forenames, surname }) => ({ forenames, surname })),
      ...(p.pncId ? { pncId: p.pncId } : {}),
      ...(p.croNumber ? { croNumber: p.croNumber } : {}),
    },
    prohibitions: texts.map((text) => ({ text, until: chance(0.7) ? null : addYears(madeOn, int(10, 15)) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Labelling: which register people a query may fairly return

const namesOf = (p) => [full(p), ...p.aliases.map(full)].map(nameKey);
const dobFits = (p, dob) => !dob || (dob.length === 4 ? p.dateOfBirth.startsWith(dob) : p.dateOfBirth === dob);

/**
 * The expected person, and anyone else the officer could not tell apart from what was typed: the
 * same recorded name as the expected person, or a name (or alias) exactly as typed, with a date of
 * birth that agrees with the one given (if any).
 */
function acceptable(expected, name, dob) {
  const mine = nameKey(full(expected));
  const typed = name ? nameKey(name) : null;
  return people
    .filter((p) => p === expected || ((nameKey(full(p)) === mine || (typed && namesOf(p).includes(typed))) && dobFits(p, dob)))
    .map((p) => p.key);
}

// ---------------------------------------------------------------------------------------------
// The queries

const queries = [];
function add(kind, expected, params, note, accept) {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null));
  queries.push({
    id: `Q${String(queries.length + 1).padStart(4, '0')}`,
    kind,
    community: expected?.community ?? params.community,
    params: { ...clean, community: undefined },
    expected: expected?.key ?? null,
    accept: accept ?? (!expected ? [] : clean.name ? acceptable(expected, clean.name, clean.dateOfBirth) : [expected.key]),
    ...(note ? { note } : {}),
  });
}

/** Up to n of the candidates, taken in turn from each community so every community is drawn on. */
function spread(candidates, n) {
  const byCommunity = new Map();
  for (const c of shuffle(candidates)) byCommunity.set(c.person.community, [...(byCommunity.get(c.person.community) ?? []), c]);
  const out = [];
  const queues = shuffle([...byCommunity.values()]);
  while (out.length < n && queues.some((q) => q.length)) for (const q of queues) if (q.length && out.length < n) out.push(q.shift());
  return out;
}
/** For each person, the query `make` builds (or null when the kind does not apply to them). */
function kind(name, n, make, { dob = 'half' } = {}) {
  const candidates = people.flatMap((person) => {
    const made = make(person);
    return made ? [{ person, ...made }] : [];
  });
  for (const c of spread(candidates, n)) {
    const withDob = dob === 'half' ? chance(0.5) : dob === 'never' ? false : true;
    add(name, c.person, { name: c.name, dateOfBirth: c.dateOfBirth ?? (withDob ? c.person.dateOfBirth : undefined), pncId: c.pncId, croNumber: c.croNumber }, c.note);
  }
}
const isAlias = (p, name) => p.aliases.some((a) => nameKey(full(a)) === nameKey(name));
const firstIndexOf = (p) => (p.community === 'vietnamese' ? 1 : 0);
const caseStyle = (s) => weighted([[s, 0.3], [s.toLowerCase(), 0.4], [s.toUpperCase(), 0.3]]);

kind('exact', 25, (p) => ({ name: full(p) }), { dob: 'never' });

kind('case-accents', 25, (p) => (fold(full(p)) !== full(p) ? { name: caseStyle(fold(full(p))) } : null));

function punctuationVariants(p) {
  const out = [];
  const swapToken = (t, v) => {
    if (p.surname === t) out.push(`${p.forenames} ${v}`);
    else out.push(p.forenames.split(' ').map((x) => (x === t ? v : x)).join(' ') + ` ${p.surname}`);
  };
  for (const t of [...p.forenames.split(' '), p.surname]) {
    if (/^\p{L}+-\p{L}+$/u.test(t)) {
      const [a, b] = t.split('-');
      swapToken(t, a + b.toLowerCase());
      swapToken(t, `${a} ${b}`);
      if (/^(Al|El)$/.test(a)) swapToken(t, b);
    }
    if (t.includes("'")) for (const v of [t.replace("'", ' '), t.replace("'", ''), t.replace("'", '’')]) swapToken(t, v);
    if (/^Mc\p{Lu}/u.test(t)) for (const v of [`Mac${t.slice(2)}`, `Mc ${t.slice(2)}`]) swapToken(t, v);
    if (/^Mac\p{Lu}/u.test(t)) for (const v of [`Mc${t.slice(3)}`, `Mac ${t.slice(3)}`]) swapToken(t, v);
    const prefix = COMPOUND_PREFIXES.find((x) => t.startsWith(x) && t.length >= x.length + 3);
    if (prefix) for (const v of [`${prefix} ${capitalise(t.slice(prefix.length))}`, `${prefix}-${capitalise(t.slice(prefix.length))}`]) swapToken(t, v);
    if (SYLLABLES[t]) for (const v of [SYLLABLES[t].join(' '), SYLLABLES[t].join('-')]) swapToken(t, v);
  }
  return out;
}
kind('punctuation', 25, (p) => {
  const variants = punctuationVariants(p);
  return variants.length ? { name: pick(variants) } : null;
});

kind('surname-first', 25, (p) => ({ name: `${chance(0.6) ? p.surname.toUpperCase() : p.surname}, ${p.forenames}` }));

kind('name-swap', 22, (p) => (COMMUNITIES[p.community].swapProne ? { name: chance(0.5) ? `${p.surname} ${p.forenames}` : fold(`${p.surname} ${p.forenames}`) } : null));

kind('middle-missing', 22, (p) => {
  const parts = p.forenames.split(' ');
  if (parts.length < 2) return null;
  const kept = p.community === 'vietnamese' ? parts.slice(1) : parts.slice(0, 1);
  return { name: `${kept.join(' ')} ${p.surname}`, note: `without ${parts.filter((x) => !kept.includes(x)).join(' ')}` };
});

kind('middle-extra', 22, (p) => {
  const c = COMMUNITIES[p.community];
  if (p.forenames.includes(' ') || p.community === 'chinese' || p.community === 'vietnamese') return null;
  if (p.community === 'eritrean') {
    const grandfather = pick(c.male);
    return { name: `${p.forenames} ${p.surname} ${grandfather}`, note: `grandfather's name ${grandfather} added` };
  }
  const middle = pick(c[p.sex].filter((n) => n !== p.forenames));
  return { name: `${p.forenames} ${middle} ${p.surname}`, note: `middle name ${middle} added` };
});

kind('transliteration', 25, (p) => {
  const parts = p.forenames.split(' ');
  const options = [];
  parts.forEach((t, i) => {
    for (const v of variantsOf.get(t) ?? []) options.push({ name: `${parts.map((x, j) => (j === i ? v : x)).join(' ')} ${p.surname}`, note: `${t} → ${v}` });
  });
  for (const v of variantsOf.get(p.surname) ?? []) options.push({ name: `${p.forenames} ${v}`, note: `${p.surname} → ${v}` });
  const fresh = options.filter((o) => nameKey(o.name) !== nameKey(full(p)) && !isAlias(p, o.name) && !Object.values(ENGLISH_FORMS).some((e) => o.note.endsWith(`→ ${e}`)));
  return fresh.length ? pick(fresh) : null;
});

kind('english-form', 22, (p) => {
  const parts = p.forenames.split(' ');
  const i = firstIndexOf(p);
  const english = ENGLISH_FORMS[parts[i]];
  if (!english) return null;
  const name = `${parts.map((x, j) => (j === i ? english : x)).join(' ')} ${chance(0.5) ? fold(p.surname) : p.surname}`;
  return isAlias(p, name) ? null : { name, note: `${parts[i]} → ${english}` };
});

kind('alias', 25, (p) => {
  const others = p.aliases.filter((a) => nameKey(full(a)) !== nameKey(full(p)));
  if (!others.length) return null;
  const a = pick(others);
  return { name: full(a), note: `alias (${a.kind})` };
});

const KEYBOARD = { q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol', a: 'qsz', s: 'awdz', d: 'sefx', f: 'drgc', g: 'fthv', h: 'gjyb', j: 'hkun', k: 'jlim', l: 'kop', z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk' };
const neighbour = (ch) => {
  const lower = fold(ch).toLowerCase();
  const n = pick(KEYBOARD[lower] ?? 'e');
  return ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? n.toUpperCase() : n;
};
/** One slip of the keyboard in a name of four letters or more; the first letter is kept. */
function typo(word) {
  const letters = [...word];
  const op = pick(['insertion', 'deletion', 'substitution', 'transposition']);
  const at = int(1, letters.length - 1);
  if (op === 'insertion') letters.splice(at, 0, chance(0.5) ? letters[at - 1] : neighbour(letters[at - 1]));
  if (op === 'deletion') letters.splice(at, 1);
  if (op === 'substitution') letters[at] = neighbour(letters[at]);
  if (op === 'transposition') {
    const i = Math.min(at, letters.length - 2);
    if (i < 1 || letters[i] === letters[i + 1]) return null;
    [letters[i], letters[i + 1]] = [letters[i + 1], letters[i]];
  }
  const out = letters.join('');
  return fold(out).toLowerCase() === fold(word).toLowerCase() ? null : { word: out, op };
}
kind('typo', 30, (p) => {
  const words = [...p.forenames.split(' ').map((w) => ({ w, where: 'forename' })), { w: p.surname, where: 'surname' }].filter(({ w }) => /^\p{L}{4,}$/u.test(w));
  if (!words.length) return null;
  const { w, where } = pick(words);
  const slip = typo(w);
  if (!slip) return null;
  const name = where === 'surname' ? `${p.forenames} ${slip.word}` : `${p.forenames.split(' ').map((x) => (x === w ? slip.word : x)).join(' ')} ${p.surname}`;
  return { name, note: `${slip.op} in ${where}: ${w} → ${slip.word}` };
});

/** The name as heard and written down: ASCII, one or two sound-alike rewrites. */
kind('phonetic', 25, (p) => {
  const words = [...p.forenames.split(' '), p.surname].map((w) => fold(w).toLowerCase());
  const applicable = [];
  words.forEach((w, i) => {
    if (w.length < 3) return;
    for (const [label, pattern, replacement] of SOUND_ALIKE_RULES) if (pattern.test(w)) applicable.push({ i, label, pattern, replacement });
  });
  if (!applicable.length) return null;
  const chosen = shuffle(applicable).slice(0, chance(0.3) ? 2 : 1);
  const heard = [...words];
  for (const r of chosen) heard[r.i] = heard[r.i].replace(r.pattern, r.replacement);
  if (heard.join(' ') === words.join(' ')) return null;
  const name = heard.map((w) => w.split(/([-'])/).map(capitalise).join('')).join(' ');
  return { name, note: chosen.map((r) => r.label).join(', ') };
});

kind('name-dob', 25, (p) => ({ name: full(p) }), { dob: 'always' });
kind('name-year', 22, (p) => ({ name: full(p), dateOfBirth: p.dateOfBirth.slice(0, 4) }));
kind('surname-year', 22, (p) => ({ name: p.surname, dateOfBirth: p.dateOfBirth.slice(0, 4) }));
// surname + year: anyone of that surname (or alias surname) born that year is a fair answer.
for (const q of queries.filter((x) => x.kind === 'surname-year')) {
  const key = nameKey(q.params.name);
  q.accept = people.filter((p) => [p.surname, ...p.aliases.map((a) => a.surname)].some((s) => nameKey(s) === key) && dobFits(p, q.params.dateOfBirth)).map((p) => p.key);
}

kind('dob-transposed', 22, (p) => {
  const [y, m, d] = p.dateOfBirth.split('-');
  if (p.dobPlaceholder || Number(d) > 12 || d === m) return null;
  return { name: chance(0.3) ? fold(full(p)) : full(p), dateOfBirth: `${y}-${d}-${m}`, note: `recorded ${p.dateOfBirth}` };
});

kind('pnc-long', 25, (p) => (p.pncId ? { pncId: p.pncId } : null), { dob: 'never' });
kind('pnc-short', 22, (p) => (p.pncId ? { pncId: shortPnc(p.pncId) } : null), { dob: 'never' });
kind('cro', 22, (p) => (p.croNumber ? { croNumber: p.croNumber } : null), { dob: 'never' });

// Several people share one full name: the date of birth must single out the right one.
const sharedNames = new Map();
for (const p of people) sharedNames.set(nameKey(full(p)), [...(sharedNames.get(nameKey(full(p))) ?? []), p]);
const clusters = shuffle([...sharedNames.values()].filter((ps) => ps.length >= 2));
{
  const picks = [];
  for (let round = 0; picks.length < 25 && round < 5; round++) {
    for (const ps of clusters) {
      const free = ps.filter((p) => !p.dobPlaceholder && !picks.includes(p));
      if (free.length && picks.length < 25) picks.push(pick(free));
    }
  }
  for (const p of picks) add('near-neighbour', p, { name: full(p), dateOfBirth: p.dateOfBirth }, `one of ${sharedNames.get(nameKey(full(p))).length} people named ${full(p)}`);
}
for (const ps of clusters.slice(0, 25)) {
  const p = pick(ps);
  add('common-name', p, { name: full(p) }, `${ps.length} people share this name`);
}

// People who are not on the register. Any match for them is a false hit.
const registerSurnames = new Set(people.flatMap((p) => [p.surname, ...p.aliases.map((a) => a.surname)]).flatMap(tokens));
const allNameKeys = new Set(people.flatMap(namesOf));
function stranger(kindName, code, forenames, surname, dob, note) {
  add(kindName, null, { name: `${forenames} ${surname}`, dateOfBirth: dob, community: code }, note, []);
}
{
  const codes = Object.keys(COMMUNITIES);
  let made = 0;
  for (let attempt = 0; made < 36 && attempt < 5000; attempt++) {
    const code = codes[attempt % codes.length];
    const c = COMMUNITIES[code];
    const sex = chance(0.25) ? 'female' : 'male';
    const surname = sex === 'female' ? femaleSurname(code, pick(c.stranger)) : pick(c.stranger);
    if (tokens(surname).some((t) => [...registerSurnames].some((r) => sameOrVariant(t, r)))) continue;
    const forenames = forenamesFor(code, sex);
    if (allNameKeys.has(nameKey(`${forenames} ${surname}`))) continue;
    if (queries.some((q) => q.params.name === `${forenames} ${surname}`)) continue;
    stranger('stranger', code, forenames, surname, chance(0.5) ? dateOfBirth().dateOfBirth : undefined, 'surname not on the register');
    made++;
  }
}
{
  let made = 0;
  for (const p of shuffle(people)) {
    if (made >= 30) break;
    const c = COMMUNITIES[p.community];
    const sharing = people.filter((o) => [o.surname, ...o.aliases.map((a) => a.surname)].some((s) => nameKey(s) === nameKey(p.surname)));
    const known = sharing.flatMap((o) => [o.forenames, ...o.aliases.map((a) => a.forenames), o.surname, ...o.aliases.map((a) => a.surname)]).flatMap(tokens);
    const options = c[p.sex].filter((f) => !tokens(f).some((t) => known.some((k) => sameOrVariant(t, k))));
    if (!options.length) continue;
    const first = pick(options);
    const forenames = p.community === 'vietnamese' ? `${pick(p.sex === 'male' ? c.maleMiddle : c.femaleMiddle)} ${first}` : first;
    if (p.community === 'vietnamese' && tokens(forenames).some((t) => known.includes(t) && !['van', 'thi'].includes(t))) continue;
    if (allNameKeys.has(nameKey(`${forenames} ${p.surname}`))) continue;
    if (queries.some((q) => q.kind === 'stranger-surname' && nameKey(q.params.name).endsWith(nameKey(p.surname)))) continue;
    stranger('stranger-surname', p.community, forenames, p.surname, chance(0.5) ? dateOfBirth().dateOfBirth : undefined, `shares only the surname with ${sharing.length} on the register`);
    made++;
  }
}
{
  // The same full name as someone on the register, with a full date of birth years away from theirs.
  const names = [...clusters, ...shuffle([...sharedNames.values()].filter((ps) => ps.length === 1))];
  let made = 0;
  for (const ps of names) {
    if (made >= 22) break;
    const key = nameKey(full(ps[0]));
    const bearers = people.filter((p) => namesOf(p).includes(key));
    if (bearers.some((p) => p.dobPlaceholder)) continue;
    const years = bearers.map((p) => Number(p.dateOfBirth.slice(0, 4)));
    const free = [];
    for (let y = 1955; y <= 2006; y++) if (years.every((b) => Math.abs(b - y) >= 3)) free.push(y);
    if (!free.length) continue;
    const dob = dateOfBirth(pick(free));
    if (dob.dobPlaceholder) continue;
    stranger('stranger-same-name', ps[0].community, ps[0].forenames, ps[0].surname, dob.dateOfBirth, `${bearers.length} on the register with this name, born ${years.join(', ')}`);
    made++;
  }
}

// ---------------------------------------------------------------------------------------------
// Write, one record a line so that a regenerated set reviews as a readable diff

function lines(header, records) {
  return `{\n${Object.entries(header)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n')}\n  "records": [\n${records.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
}
const counts = {};
for (const q of queries) counts[q.kind] = (counts[q.kind] ?? 0) + 1;
const generatedBy = 'bench/search/make-evaluation-set.mjs';
writeFileSync(
  join(HERE, 'register.json'),
  lines(
    { generatedBy, seed: SEED, subjects: people.length },
    people.map((p) => ({ key: p.key, community: p.community, sex: p.sex, ...(p.dobPlaceholder ? { dobPlaceholder: true } : {}), ...(p.siblingOf ? { siblingOf: p.siblingOf } : {}), aliasKinds: p.aliases.map((a) => a.kind), order: p.order })),
  ),
);
writeFileSync(
  join(HERE, 'queries.json'),
  lines(
    { generatedBy, seed: SEED, queries: queries.length, kinds: counts },
    queries.map((q) => ({ ...q, params: Object.fromEntries(Object.entries(q.params).filter(([k, v]) => k !== 'community' && v !== undefined)) })),
  ),
);
const communities = {};
for (const p of people) communities[p.community] = (communities[p.community] ?? 0) + 1;
console.log(`${people.length} subjects (${Object.entries(communities).map(([k, v]) => `${k} ${v}`).join(', ')})`);
console.log(`${queries.length} queries: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`aliases ${(people.reduce((s, p) => s + p.aliases.length, 0) / people.length).toFixed(2)} a subject; PNC ${people.filter((p) => p.pncId).length}; CRO ${people.filter((p) => p.croNumber).length}; placeholder DOB ${people.filter((p) => p.dobPlaceholder).length}; shared full names ${clusters.length}`);
