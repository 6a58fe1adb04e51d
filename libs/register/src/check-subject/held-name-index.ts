import { PLACEHOLDER_YEARS_TOLERATED } from '#subject-matching';
import type { NameSearch } from './name-index.lookup.js';

/** More subjects than this by name are not judged one by one: the best by the index's own ranking go forward. */
export const MOST_CANDIDATES = 50;
/**
 * Of the bearers of one pair of names, at most this many are read each side of the year of birth
 * asked (the nearest), and this many with no date of birth: a common name reads as much as a rare one.
 */
const MOST_PER_PAIR = 100;
/**
 * Of the bearers of a name born a year either side of the year asked, at most this many are read:
 * only a 1 January stand-in or a rare name is returned with a year that differs (the same day a year
 * apart, for a full date, is read by date).
 */
const MOST_A_YEAR_APART = 20;
/** Bearers with no date of birth sort after every year, as they do in an index. */
const NO_YEAR = 1_000_000;
const NO_DAY = 1_000_000_000;
/**
 * Once this share of the postings was added since they were last laid out (and at least this many),
 * they are laid out afresh: until then a key's added bearers are sorted into its laid-out ones as it
 * is read.
 */
const MOST_ADDED_SHARE = 1 / 8;
const FEWEST_ADDED_BEFORE_LAYOUT = 50_000;

/** A subject with orders as a check judges them: the row the scorer reads. */
export interface HeldSubjectRow {
  subject_id: string;
  forenames: string;
  surname: string;
  date_of_birth: string | null;
  pnc_id: string | null;
  cro_number: string | null;
  names: { forenames: string; surname: string; is_alias: boolean }[];
}

/** A subject as the register holds them: their row, the name index's tokens and pairs of all their names, and whether they have orders. */
export interface HeldSubject {
  row: HeldSubjectRow;
  tokens: readonly string[];
  pairs: readonly string[];
  hasOrders: boolean;
}

/**
 * The register's name index held in STOR's own memory: the subjects with orders, the postings of
 * each name token and each pair of tokens borne together in one name, and who holds each PNC ID and
 * CRO number. It answers a check's name search with the same rules, bounds and ranking as the
 * register's SQL index did (decision 0020) without a read of the database: on a machine
 * that evicts idle file pages, the index's pages were read from disk again through a day of checks
 * (decision 0020). Kept small for the garbage collector: a subject is a few strings and numbers, and
 * the postings are one typed array laid out in index order, with what changed since added beside it.
 */
export class HeldNameIndex {
  private readonly slotOf = new Map<string, number>();
  private ids: string[] = [];
  private rows: (string | null)[] = [];
  private keys: (string | null)[] = [];
  private years = new Int32Array(1024);
  private days = new Int32Array(1024);
  private readonly byIdentifier = new Map<string, number | number[]>();
  /** The postings as laid out: each key's slots, in index order, from `from` to `to` of `entries`. */
  private laidOut = new Map<string, number>();
  private from = new Int32Array(0);
  private to = new Int32Array(0);
  private entries = new Int32Array(0);
  /** Slots added to a key's postings since they were laid out. */
  private added = new Map<string, number[]>();
  private addedCount = 0;
  private alive = 0;

  constructor(private readonly settings: { fewestAddedBeforeLayout: number } = { fewestAddedBeforeLayout: FEWEST_ADDED_BEFORE_LAYOUT }) {}

  /** How many subjects with orders the index holds. */
  get size(): number {
    return this.alive;
  }

  /** Puts each subject in the index as they now stand (a subject without orders is taken out). */
  hold(subjects: Iterable<HeldSubject>): void {
    for (const subject of subjects) this.holdOne(subject, true);
  }

  /** Lays the postings out afresh when enough was added since they last were. */
  layOutIfDue(): void {
    if (this.addedCount > 0 && this.addedCount >= Math.max(this.settings.fewestAddedBeforeLayout, this.entries.length * MOST_ADDED_SHARE)) this.layOut();
  }

  /**
   * Puts subjects in the index without posting them: a register read whole, then laid out once
   * ({@link layOut}), which posts everyone held. Until then they are not found by name.
   */
  holdAll(subjects: Iterable<HeldSubject>): void {
    for (const subject of subjects) this.holdOne(subject, false);
  }

  /**
   * Everyone a check may be about: those the name search reaches (bounded as the SQL index's
   * `named_subjects` is: by pair, by year, by date, by name), and those holding the PNC ID or CRO
   * number asked. Each once; only subjects with orders.
   */
  candidates(search: NameSearch | null, pncId: string | null, croNumber: string | null): HeldSubjectRow[] {
    const slots = new Set<number>(search ? this.named(search) : []);
    for (const identifier of [pncId && `pnc:${pncId}`, croNumber && `cro:${croNumber}`]) {
      if (!identifier) continue;
      const held = this.byIdentifier.get(identifier);
      for (const slot of typeof held === 'number' ? [held] : (held ?? [])) slots.add(slot);
    }
    const rows: HeldSubjectRow[] = [];
    for (const slot of slots) {
      const row = this.rows[slot];
      if (row) rows.push(JSON.parse(row) as HeldSubjectRow);
    }
    return rows;
  }

  private named(search: NameSearch): number[] {
    const year = search.birthYear;
    const named = [...this.byPair(search.pairs, year)];
    if (year !== null) named.push(...this.byYear(search, year));
    if (search.birthDates.length > 0) named.push(...this.byDate(search.tokens, search.birthDates));
    if (search.oneName) named.push(...this.byName(search, year));
    return named;
  }

  /**
   * Those who bear two of the tokens together in one name: with a year asked, those born within
   * the years a stand-in date may be out by first, then most pairs borne, then nearest the year,
   * then the nearest spellings (pairs come nearest first).
   */
  private byPair(pairs: readonly string[], year: number | null): number[] {
    const found = new Map<number, { outOfBand: number; borne: number; apart: number; nearness: number }>();
    pairs.forEach((pair, index) => {
      const read = [
        ...this.take(pair, year ?? 0, NO_YEAR - 1, MOST_PER_PAIR),
        ...(year === null ? [] : this.take(pair, -NO_YEAR, year - 1, MOST_PER_PAIR, true)),
        ...this.take(pair, NO_YEAR, NO_YEAR, MOST_PER_PAIR),
      ];
      for (const slot of read) {
        const born = this.years[slot] as number;
        const known = born !== NO_YEAR;
        const outOfBand = year === null || (known && Math.abs(born - year) <= PLACEHOLDER_YEARS_TOLERATED) ? 0 : 1;
        const apart = year === null ? 0 : known ? Math.abs(born - year) : 1000;
        const seen = found.get(slot);
        if (!seen) found.set(slot, { outOfBand, borne: 1, apart, nearness: index + 1 });
        else {
          seen.outOfBand = Math.min(seen.outOfBand, outOfBand);
          seen.borne += 1;
          seen.apart = Math.min(seen.apart, apart);
          seen.nearness = Math.min(seen.nearness, index + 1);
        }
      }
    });
    return [...found]
      .sort(([a, x], [b, y]) => x.outOfBand - y.outOfBand || y.borne - x.borne || x.apart - y.apart || x.nearness - y.nearness || this.byId(a, b))
      .slice(0, MOST_CANDIDATES)
      .map(([slot]) => slot);
  }

  /**
   * Those born in the year asked, then a year either side, bearing the tokens of two parts of the
   * name asked, or any of them for a single name.
   */
  private byYear(search: NameSearch, year: number): number[] {
    const found = new Map<number, { apart: number; nearness: number; parts: Set<number> }>();
    search.tokens.forEach((token, index) => {
      const part = search.tokenParts[index] as number;
      const sameYear = this.take(token, year, year, MOST_CANDIDATES).map((slot) => [slot, 0] as const);
      const yearApart = [...this.take(token, year - 1, year - 1, MOST_A_YEAR_APART), ...this.take(token, year + 1, year + 1, MOST_A_YEAR_APART)]
        .slice(0, MOST_A_YEAR_APART)
        .map((slot) => [slot, 1] as const);
      for (const [slot, apart] of [...sameYear, ...yearApart]) {
        const seen = found.get(slot);
        if (!seen) found.set(slot, { apart, nearness: index + 1, parts: new Set([part]) });
        else {
          seen.apart = Math.min(seen.apart, apart);
          seen.nearness = Math.min(seen.nearness, index + 1);
          seen.parts.add(part);
        }
      }
    });
    const anyPart = search.oneName || search.pairs.length === 0;
    return [...found]
      .filter(([, seen]) => anyPart || seen.parts.size >= 2)
      .sort(([a, x], [b, y]) => x.apart - y.apart || x.nearness - y.nearness || this.byId(a, b))
      .slice(0, MOST_CANDIDATES)
      .map(([slot]) => slot);
  }

  /** Those bearing any of the tokens born on a date that agrees in full with the date asked, nearest tokens first. */
  private byDate(tokens: readonly string[], dates: readonly string[]): number[] {
    const found: number[] = [];
    for (const token of tokens) {
      for (const date of dates) {
        const day = dayOf(date);
        const year = Math.floor(day / 10_000);
        const born = this.take(token, year, year, Number.MAX_SAFE_INTEGER).filter((slot) => this.days[slot] === day);
        for (const slot of born.slice(0, MOST_CANDIDATES)) {
          found.push(slot);
          if (found.length >= MOST_CANDIDATES) return found;
        }
      }
    }
    return found;
  }

  /**
   * For a single name, its bearers; with a year asked, only those whose date of birth is unknown,
   * and every bearer of a name borne by few.
   */
  private byName(search: NameSearch, year: number | null): number[] {
    const found: number[] = [];
    const fewBorne = new Set(search.fewBorne);
    for (const token of search.tokens) {
      const read = [
        ...(year === null || fewBorne.has(token) ? this.take(token, -NO_YEAR, NO_YEAR, MOST_CANDIDATES) : []),
        ...(year === null ? [] : this.take(token, NO_YEAR, NO_YEAR, MOST_CANDIDATES)),
      ];
      for (const slot of read) {
        found.push(slot);
        if (found.length >= MOST_CANDIDATES) return found;
      }
    }
    return found;
  }

  /**
   * A key's bearers born from `low` to `high` (NO_YEAR: unknown), in index order — a token's by
   * year, date of birth and subject; a pair's by year and subject — the first `limit`, or the last
   * `limit` in reverse order (`fromEnd`, a descending scan).
   */
  private take(key: string, low: number, high: number, limit: number, fromEnd = false): number[] {
    const id = this.laidOut.get(key);
    const taken: number[] = [];
    if (id !== undefined) {
      const start = this.firstFrom(this.from[id] as number, this.to[id] as number, low);
      const end = this.firstFrom(start, this.to[id] as number, high + 1);
      if (fromEnd) {
        for (let at = end - 1; at >= start && taken.length < limit; at--) if (this.rows[this.entries[at] as number]) taken.push(this.entries[at] as number);
      } else {
        for (let at = start; at < end && taken.length < limit; at++) if (this.rows[this.entries[at] as number]) taken.push(this.entries[at] as number);
      }
    }
    const extra = (this.added.get(key) ?? []).filter((slot) => this.rows[slot] && (this.years[slot] as number) >= low && (this.years[slot] as number) <= high);
    if (extra.length === 0) return taken;
    const merged = [...new Set([...taken, ...extra])].sort(this.orderOf(key));
    return fromEnd ? merged.reverse().slice(0, limit) : merged.slice(0, limit);
  }

  /** The first position from `start` whose slot was born in `year` or later (the entries are in year order). */
  private firstFrom(start: number, end: number, year: number): number {
    let low = start;
    let high = end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.years[this.entries[middle] as number] as number) < year) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** A key's index order: tokens are single words; a pair is two tokens with a space between. */
  private orderOf(key: string): (a: number, b: number) => number {
    return key.includes(' ') ? this.pairOrder : this.tokenOrder;
  }

  private readonly tokenOrder = (a: number, b: number): number =>
    (this.years[a] as number) - (this.years[b] as number) || (this.days[a] as number) - (this.days[b] as number) || this.byId(a, b);

  private readonly pairOrder = (a: number, b: number): number => (this.years[a] as number) - (this.years[b] as number) || this.byId(a, b);

  private byId(a: number, b: number): number {
    const x = this.ids[a] as string;
    const y = this.ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  private holdOne(subject: HeldSubject, posted: boolean): void {
    const subjectId = subject.row.subject_id;
    const before = this.slotOf.get(subjectId);
    if (before !== undefined) this.release(before);
    this.slotOf.delete(subjectId);
    if (!subject.hasOrders) return;
    // A changed subject takes a new place: their old one is passed over wherever it is still listed.
    const slot = this.ids.length;
    this.slotOf.set(subjectId, slot);
    this.ids.push(subjectId);
    this.rows.push(JSON.stringify(subject.row));
    // Tokens are single words and pairs two: no key holds a line break.
    this.keys.push([...subject.tokens, ...subject.pairs].join('\n'));
    this.growTo(slot + 1);
    const day = subject.row.date_of_birth ? dayOf(subject.row.date_of_birth) : NO_DAY;
    this.days[slot] = day;
    this.years[slot] = day === NO_DAY ? NO_YEAR : Math.floor(day / 10_000);
    if (posted) {
      for (const key of [...subject.tokens, ...subject.pairs]) {
        const slots = this.added.get(key);
        if (slots) slots.push(slot);
        else this.added.set(key, [slot]);
        this.addedCount += 1;
      }
    }
    for (const identifier of identifiersOf(subject.row)) {
      const held = this.byIdentifier.get(identifier);
      this.byIdentifier.set(identifier, held === undefined ? slot : [...(typeof held === 'number' ? [held] : held), slot]);
    }
    this.alive += 1;
  }

  private release(slot: number): void {
    const row = this.rows[slot];
    if (!row) return;
    for (const identifier of identifiersOf(JSON.parse(row) as HeldSubjectRow)) {
      const held = this.byIdentifier.get(identifier);
      const others = (typeof held === 'number' ? [held] : (held ?? [])).filter((other) => other !== slot);
      if (others.length === 0) this.byIdentifier.delete(identifier);
      else this.byIdentifier.set(identifier, others.length === 1 ? (others[0] as number) : others);
    }
    this.rows[slot] = null;
    this.keys[slot] = null;
    this.alive -= 1;
  }

  /**
   * The places of subjects since changed or taken out are given up, the others renumbered in order:
   * a register that changes all day would otherwise grow a place for every change. Only while the
   * postings are laid out afresh, which lists every subject again.
   */
  private closeUp(): void {
    const moved = new Map<number, number>();
    const ids: string[] = [];
    const rows: string[] = [];
    const keys: string[] = [];
    const years = new Int32Array(Math.max(1024, this.alive));
    const days = new Int32Array(years.length);
    this.rows.forEach((row, slot) => {
      if (!row) return;
      const to = ids.length;
      moved.set(slot, to);
      ids.push(this.ids[slot] as string);
      rows.push(row);
      keys.push(this.keys[slot] as string);
      years[to] = this.years[slot] as number;
      days[to] = this.days[slot] as number;
    });
    for (const [subjectId, slot] of this.slotOf) this.slotOf.set(subjectId, moved.get(slot) as number);
    for (const [identifier, held] of this.byIdentifier) {
      this.byIdentifier.set(identifier, typeof held === 'number' ? (moved.get(held) as number) : held.map((slot) => moved.get(slot) as number));
    }
    this.ids = ids;
    this.rows = rows;
    this.keys = keys;
    this.years = years;
    this.days = days;
  }

  private growTo(length: number): void {
    if (length <= this.years.length) return;
    const size = Math.max(length, this.years.length * 2);
    const years = new Int32Array(size);
    years.set(this.years);
    const days = new Int32Array(size);
    days.set(this.days);
    this.years = years;
    this.days = days;
  }

  /** Every key's bearers laid out afresh in index order, the slots of subjects since changed left out. */
  layOut(): void {
    if (this.ids.length - this.alive > this.alive / 4) this.closeUp();
    const bearers = new Map<string, number[]>();
    let count = 0;
    this.keys.forEach((keys, slot) => {
      if (!keys) return;
      for (const key of keys.split('\n')) {
        const slots = bearers.get(key);
        if (slots) slots.push(slot);
        else bearers.set(key, [slot]);
        count += 1;
      }
    });
    this.laidOut = new Map();
    this.from = new Int32Array(bearers.size);
    this.to = new Int32Array(bearers.size);
    this.entries = new Int32Array(count);
    let at = 0;
    for (const [key, slots] of bearers) {
      const id = this.laidOut.size;
      slots.sort(this.orderOf(key));
      this.laidOut.set(key, id);
      this.from[id] = at;
      this.entries.set(slots, at);
      at += slots.length;
      this.to[id] = at;
    }
    this.added = new Map();
    this.addedCount = 0;
  }
}

function identifiersOf(row: HeldSubjectRow): string[] {
  return [row.pnc_id && `pnc:${row.pnc_id}`, row.cro_number && `cro:${row.cro_number}`].filter((identifier): identifier is string => Boolean(identifier));
}

/** YYYY-MM-DD as the number YYYYMMDD: ordered as the dates are. */
function dayOf(date: string): number {
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}
