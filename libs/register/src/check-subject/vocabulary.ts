import type { DataSource } from 'typeorm';
import { PreparedStatement } from '#platform';
import { jaroWinkler, queryKeys } from '#subject-matching';
import { storedCheckpointSql } from '#event-store';

/** Which tables hold the register: a rebuild swaps in others (named here by the name keys' table). */
export const REGISTER_TABLES_SQL = `coalesce(to_regclass('register_token_keys')::oid::text, '')`;

/**
 * Which register a statement read: the register projection's checkpoint (it moves with every event
 * the register applies, in the same transaction as its rows) and which table holds the name keys (a
 * rebuild swaps in another at the same checkpoint).
 */
export const REGISTER_VERSION_SQL = `coalesce(${storedCheckpointSql('register', 'checkpoint')}, '')
  || '@' || ${REGISTER_TABLES_SQL}`;

/** The register tokens the keys reach, and how many subjects bear each; then a row of the register's version alone. */
const TOKENS_REACHED = new PreparedStatement(
  'check_tokens_reached',
  `SELECT k.key, k.token, t.subjects, NULL::text AS version
     FROM register_token_keys k JOIN register_name_tokens t ON t.token = k.token
    WHERE k.key = ANY($1::text[]) AND t.subjects > 0
   UNION ALL
   SELECT NULL, NULL, NULL, ${REGISTER_VERSION_SQL}`,
);

type ReachedRow = { key: string; token: string; subjects: number; version: null } | { key: null; token: null; subjects: null; version: string };

/** What one token of a check's name reaches in the register's vocabulary. */
export interface TokenReach {
  /** The register tokens it may stand for, nearest first, then the more borne (the usual spelling before its rare forms); the nearest few. */
  readonly nearest: readonly string[];
  /**
   * How near each is: 1 the same spelling, 0.95 a name of the same curated group, else Jaro–Winkler
   * (at least 0.6); and, by a ten-thousandth, the more borne nearer.
   */
  readonly closeness: ReadonlyMap<string, number>;
  /** How many subjects bear each. */
  readonly bearers: ReadonlyMap<string, number>;
}

/** The reaches of a check's tokens, and the version of the register they were read from. */
export interface Reaches {
  readonly reaches: readonly TokenReach[];
  readonly version: string;
  /** Remembered from an earlier check rather than read now: to be confirmed against what the candidates were read from. */
  readonly remembered: boolean;
}

/**
 * The register's vocabulary as checks have read it, remembered token by token while the register
 * stands still: roadside checks ask after the same forenames and surnames all day, and reading what
 * their keys reach was half of a check's work in the database. Whatever the register writes (an
 * order, a name, the clock's expiry) moves its version; a check answered from a remembered
 * vocabulary confirms the version its candidates were read at, and a check that finds it moved is
 * asked again from the database (see {@link CheckSubjectHandler}). Bounded: when full it forgets all.
 */
export class Vocabulary {
  private version: string | null = null;
  private readonly reached = new Map<string, TokenReach>();

  /**
   * `limit`: tokens remembered at most; `nearest`: of each token's register tokens, how many of the
   * nearest are kept with their closeness (all are kept with how many bear them, which weighs any
   * candidate's names): a token of a national register reaches a hundred or more.
   */
  constructor(
    private readonly db: DataSource,
    private readonly limit: number,
    private readonly nearest: number,
  ) {}

  /** `afresh`: read from the database even if remembered. */
  async reach(tokens: readonly string[], afresh = false): Promise<Reaches> {
    const version = this.version;
    const known = tokens.map((token) => this.reached.get(token));
    if (!afresh && version !== null && known.every((reach) => reach !== undefined)) return { reaches: known as TokenReach[], version, remembered: true };
    const read = await this.read(tokens);
    if (read.version !== this.version) {
      this.reached.clear();
      this.version = read.version;
    }
    tokens.forEach((token, index) => {
      const reach = read.reaches[index] as TokenReach;
      // A token that reaches nothing is not remembered: a check of it alone reads nothing else, so
      // nothing would tell it that the register has since learnt the name.
      if (reach.nearest.length === 0) return;
      if (this.reached.size >= this.limit) this.reached.clear();
      this.reached.set(token, reach);
    });
    return read;
  }

  /**
   * The candidates of a check were read from the register at `seen`; its tokens' reaches from the
   * one at `used`. False when they differ: what is remembered is forgotten, and the check must be
   * asked again.
   */
  confirm(used: string, seen: string): boolean {
    if (used === seen) return true;
    if (this.version === used) {
      this.reached.clear();
      this.version = null;
    }
    return false;
  }

  private async read(tokens: readonly string[]): Promise<Reaches> {
    const keyOwners = new Map<string, number[]>();
    tokens.forEach((token, index) => {
      for (const key of queryKeys(token)) keyOwners.set(key, [...(keyOwners.get(key) ?? []), index]);
    });
    const rows = await TOKENS_REACHED.run<ReachedRow>(this.db, [[...keyOwners.keys()]]);
    const closeness = tokens.map(() => new Map<string, number>());
    const bearers = tokens.map(() => new Map<string, number>());
    let version = '';
    for (const row of rows) {
      if (row.key === null) {
        version = row.version;
        continue;
      }
      for (const index of keyOwners.get(row.key) ?? []) {
        const near = closeness[index] as Map<string, number>;
        near.set(row.token, Math.max(near.get(row.token) ?? 0, closenessOf(tokens[index] as string, row.token, row.key)));
        (bearers[index] as Map<string, number>).set(row.token, row.subjects);
      }
    }
    const reaches = tokens.map((_, index): TokenReach => {
      const borne = bearers[index] as Map<string, number>;
      // Of two as near, the more borne first: the usual spelling of a name before its rare forms.
      const ranked = [...(closeness[index] as Map<string, number>)]
        .map(([token, near]): [string, number] => [token, near + Math.log2(1 + (borne.get(token) ?? 0)) / 10_000])
        .sort((a, b) => b[1] - a[1])
        .slice(0, this.nearest);
      return { nearest: ranked.map(([token]) => token), closeness: new Map(ranked), bearers: borne };
    });
    return { reaches, version, remembered: false };
  }
}

/**
 * How near a register token is to the query token that reached it: the same spelling, then a name
 * of the same curated group (a transliteration, an English form: Ion and John look nothing alike),
 * then by Jaro–Winkler for slips and sounds.
 */
function closenessOf(asked: string, reached: string, key: string): number {
  if (reached === asked) return 1;
  if (key.startsWith('@')) return 0.95;
  return Math.max(0.6, jaroWinkler(asked, reached));
}
