import type { EntityManager } from 'typeorm';
import type { SubjectParticulars } from '#domain';
import { tokenKeys } from '#subject-matching';
import { type SubjectNameRow, tokensOf } from './subject-names.js';

/**
 * The SQL of the subject side of the register: subject rows, their names, and the name index
 * (postings per token, the vocabulary with how many subjects bear each token, and the keys each
 * token is found under). No decisions here: callers say what to write.
 */
export class SubjectIndexWriter {
  constructor(private readonly tx: EntityManager) {}

  /** A subject first registered; a subject seen again (a replayed registration) is left as it is. */
  async insertSubject(subjectId: string, particulars: Omit<SubjectParticulars, 'aliases'>, hasOrders: boolean): Promise<boolean> {
    const rows: unknown[] = await this.tx.query(
      `INSERT INTO register_subjects (subject_id, forenames, surname, date_of_birth, pnc_id, cro_number, has_orders)
       VALUES ($1, $2, $3, $4::date, $5, $6, $7)
       ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id`,
      [subjectId, particulars.forenames, particulars.surname, particulars.dateOfBirth, particulars.pncId, particulars.croNumber, hasOrders],
    );
    return rows.length > 0;
  }

  async updateSubject(subjectId: string, particulars: Omit<SubjectParticulars, 'aliases'>): Promise<void> {
    await this.tx.query(
      `UPDATE register_subjects SET forenames = $2, surname = $3, date_of_birth = $4::date, pnc_id = $5, cro_number = $6 WHERE subject_id = $1`,
      [subjectId, particulars.forenames, particulars.surname, particulars.dateOfBirth, particulars.pncId, particulars.croNumber],
    );
  }

  /** True when the subject is on the register (registered through its own stream, or by an older order). */
  async markHasOrders(subjectId: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.query(`UPDATE register_subjects SET has_orders = true WHERE subject_id = $1 RETURNING subject_id`, [subjectId]);
    return rows.length > 0;
  }

  async subjectOf(subjectId: string): Promise<(Omit<SubjectParticulars, 'aliases'> & { names: SubjectNameRow[] }) | null> {
    const [row]: { forenames: string; surname: string; date_of_birth: string | null; pnc_id: string | null; cro_number: string | null }[] = await this.tx.query(
      `SELECT forenames, surname, date_of_birth::text AS date_of_birth, pnc_id, cro_number FROM register_subjects WHERE subject_id = $1`,
      [subjectId],
    );
    if (!row) return null;
    const names: { forenames: string; surname: string; is_alias: boolean; tokens: string[] }[] = await this.tx.query(
      `SELECT forenames, surname, is_alias, tokens FROM register_subject_names WHERE subject_id = $1`,
      [subjectId],
    );
    return {
      forenames: row.forenames,
      surname: row.surname,
      dateOfBirth: row.date_of_birth,
      pncId: row.pnc_id,
      croNumber: row.cro_number,
      names: names.map((name) => ({ forenames: name.forenames, surname: name.surname, isAlias: name.is_alias, tokens: name.tokens })),
    };
  }

  async addNames(subjectId: string, names: readonly SubjectNameRow[]): Promise<void> {
    if (names.length === 0) return;
    await this.tx.query(
      `INSERT INTO register_subject_names (subject_id, forenames, surname, is_alias, tokens)
       SELECT $1, n.forenames, n.surname, n.is_alias, ARRAY(SELECT jsonb_array_elements_text(n.tokens))
         FROM jsonb_to_recordset($2::jsonb) AS n(forenames text, surname text, is_alias boolean, tokens jsonb)
       ON CONFLICT (subject_id, forenames, surname) DO UPDATE SET is_alias = register_subject_names.is_alias AND EXCLUDED.is_alias`,
      [subjectId, JSON.stringify(names.map((n) => ({ forenames: n.forenames, surname: n.surname, is_alias: n.isAlias, tokens: n.tokens })))],
    );
  }

  async removeNames(subjectId: string, which: 'recorded' | 'aliases'): Promise<void> {
    await this.tx.query(`DELETE FROM register_subject_names WHERE subject_id = $1 AND is_alias = $2`, [subjectId, which === 'aliases']);
  }

  /**
   * Makes the name index hold exactly the subject's current tokens: postings added and removed,
   * each token's count of subjects kept, and the keys of a token seen for the first time.
   */
  async indexSubject(subjectId: string, birthYear: number | null): Promise<void> {
    const names: { tokens: string[] }[] = await this.tx.query(`SELECT tokens FROM register_subject_names WHERE subject_id = $1`, [subjectId]);
    const wanted = tokensOf(names);
    const held: { token: string }[] = await this.tx.query(`SELECT token FROM register_subject_tokens WHERE subject_id = $1`, [subjectId]);
    const heldTokens = new Set(held.map((row) => row.token));
    const added = wanted.filter((token) => !heldTokens.has(token));
    const removed = [...heldTokens].filter((token) => !wanted.includes(token));
    if (removed.length > 0) {
      await this.tx.query(`DELETE FROM register_subject_tokens WHERE subject_id = $1 AND token = ANY($2::text[])`, [subjectId, removed]);
      await this.tx.query(`UPDATE register_name_tokens SET subjects = subjects - 1 WHERE token = ANY($1::text[])`, [removed]);
    }
    await this.tx.query(`UPDATE register_subject_tokens SET birth_year = $2 WHERE subject_id = $1 AND birth_year IS DISTINCT FROM $2`, [subjectId, birthYear]);
    if (added.length === 0) return;
    await this.tx.query(
      `INSERT INTO register_subject_tokens (token, subject_id, birth_year) SELECT unnest($1::text[]), $2, $3`,
      [added, subjectId, birthYear],
    );
    const fresh: { token: string }[] = await this.tx.query(
      `INSERT INTO register_name_tokens (token, subjects) SELECT unnest($1::text[]), 1
       ON CONFLICT (token) DO UPDATE SET subjects = register_name_tokens.subjects + 1
       RETURNING token, (xmax = 0) AS inserted`,
      [added],
    ).then((rows: { token: string; inserted: boolean }[]) => rows.filter((row) => row.inserted));
    if (fresh.length === 0) return;
    const keys = fresh.flatMap(({ token }) => tokenKeys(token).map((key) => [key, token] as const));
    await this.tx.query(
      `INSERT INTO register_token_keys (key, token) SELECT unnest($1::text[]), unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [keys.map(([key]) => key), keys.map(([, token]) => token)],
    );
  }
}
