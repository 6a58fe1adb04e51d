import type { IsoDate, PncId } from '#domain';
import type { EntityManager } from 'typeorm';
import { rowsReturned } from '#platform';
import { tokenKeys } from '#subject-matching';
import type { HeldParticulars, SubjectChanges } from './subject-changes.js';
import { postingChanges, type SubjectNameRow, subjectNameRows } from './subject-names.js';

/**
 * The SQL of the subject side of the register: subject rows, their names, and the name index
 * (postings per token, the vocabulary with how many subjects bear each token, and the keys each
 * token is found under). Each step is one statement for a whole batch. No decisions here: the
 * changes say what to write.
 */
export class SubjectIndexWriter {
  /**
   * `position`: the log position of the batch being written; each subject row it changes is marked
   * with it (`indexed_at`), so the name index held in memory reads only what changed since it last read.
   */
  constructor(
    private readonly tx: EntityManager,
    private readonly position: number,
  ) {}

  async write(changes: SubjectChanges): Promise<void> {
    if (changes.isEmpty) return;
    const inserted = new Set<string>();
    // A subject registered in the same batch as their first order is inserted as having orders
    // (a national seed's usual case): only the others are marked, a second write of the row.
    for (const subjectId of await this.insertSubjects([...changes.registered], (subjectId) => changes.withOrders.has(subjectId))) {
      inserted.add(subjectId);
    }
    const unregistered = await this.markHasOrders([...changes.withOrders.keys()].filter((subjectId) => !inserted.has(subjectId)));
    // A log written before subjects had streams: the first order naming the subject registers them.
    for (const subjectId of unregistered) {
      const subject = changes.withOrders.get(subjectId);
      if (!subject) continue;
      const [registered] = await this.insertSubjects([[subjectId, { ...subject, croNumber: null }]], () => true);
      if (registered) inserted.add(registered);
      changes.addNames(subjectId, subjectNameRows(subject));
    }
    await this.addNames(changes.names);
    await this.index([...changes.touched], namesOfNewSubjects(inserted, changes.names));
  }

  async subjectOf(subjectId: string): Promise<HeldParticulars | null> {
    const [row]: { forenames: string; surname: string; date_of_birth: IsoDate | null; pnc_id: PncId | null; cro_number: string | null }[] = await this.tx.query(
      `SELECT forenames, surname, date_of_birth::text AS date_of_birth, pnc_id, cro_number FROM register_subjects WHERE subject_id = $1`,
      [subjectId],
    );
    return row ? { forenames: row.forenames, surname: row.surname, dateOfBirth: row.date_of_birth, pncId: row.pnc_id, croNumber: row.cro_number } : null;
  }

  async updateSubject(subjectId: string, particulars: HeldParticulars): Promise<void> {
    await this.tx.query(
      `UPDATE register_subjects SET forenames = $2, surname = $3, date_of_birth = $4::date, pnc_id = $5, cro_number = $6, indexed_at = $7 WHERE subject_id = $1`,
      [subjectId, particulars.forenames, particulars.surname, particulars.dateOfBirth, particulars.pncId, particulars.croNumber, this.position],
    );
  }

  async tokensOf(subjectId: string): Promise<string[]> {
    const rows: { token: string }[] = await this.tx.query(`SELECT token FROM register_subject_tokens WHERE subject_id = $1`, [subjectId]);
    return rows.map((row) => row.token);
  }

  /**
   * Takes out of the vocabulary those of `tokens` no subject bears any more, with their keys: an
   * erased subject's name is then nowhere in the register, as a rebuild from the log would have it.
   */
  async forgetUnborne(tokens: readonly string[]): Promise<void> {
    if (tokens.length === 0) return;
    // A DELETE comes back from TypeORM as [rows, count], as an UPDATE does.
    const gone = rowsReturned<{ token: string }>(
      await this.tx.query(`DELETE FROM register_name_tokens WHERE token = ANY($1::text[]) AND subjects <= 0 RETURNING token`, [tokens]),
    );
    if (gone.length > 0) await this.tx.query(`DELETE FROM register_token_keys WHERE token = ANY($1::text[])`, [gone.map((row) => row.token)]);
  }

  async removeNames(subjectId: string, which: 'recorded' | 'aliases'): Promise<void> {
    await this.tx.query(`DELETE FROM register_subject_names WHERE subject_id = $1 AND is_alias = $2`, [subjectId, which === 'aliases']);
  }

  /** Subjects seen again (a replayed registration) are left as they are; returns those inserted. */
  private async insertSubjects(subjects: [string, HeldParticulars][], hasOrders: (subjectId: string) => boolean): Promise<string[]> {
    if (subjects.length === 0) return [];
    const inserted: { subject_id: string }[] = await this.tx.query(
      `INSERT INTO register_subjects (subject_id, forenames, surname, date_of_birth, pnc_id, cro_number, has_orders, indexed_at)
       SELECT s.subject_id, s.forenames, s.surname, s.date_of_birth, s.pnc_id, s.cro_number, s.has_orders, $2::bigint
         FROM jsonb_to_recordset($1::jsonb) AS s(subject_id uuid, forenames text, surname text, date_of_birth date, pnc_id text, cro_number text,
                                                 has_orders boolean)
       ON CONFLICT (subject_id) DO NOTHING
       RETURNING subject_id::text AS subject_id`,
      [
        JSON.stringify(
          subjects.map(([subjectId, p]) => ({
            subject_id: subjectId,
            forenames: p.forenames,
            surname: p.surname,
            date_of_birth: p.dateOfBirth,
            pnc_id: p.pncId,
            cro_number: p.croNumber,
            has_orders: hasOrders(subjectId),
          })),
        ),
        this.position,
      ],
    );
    return inserted.map((row) => row.subject_id);
  }

  /** Returns the subjects not on the register at all. */
  private async markHasOrders(subjectIds: string[]): Promise<string[]> {
    if (subjectIds.length === 0) return [];
    // An UPDATE comes back from TypeORM as [rows, count]: read as rows, every subject looked unregistered.
    const marked = rowsReturned<{ subject_id: string }>(
      await this.tx.query(`UPDATE register_subjects SET has_orders = true, indexed_at = $2 WHERE subject_id = ANY($1::uuid[]) RETURNING subject_id::text AS subject_id`, [
        subjectIds,
        this.position,
      ]),
    );
    const found = new Set(marked.map((row) => row.subject_id));
    return subjectIds.filter((subjectId) => !found.has(subjectId));
  }

  async addNames(names: readonly { subjectId: string; name: SubjectNameRow }[]): Promise<void> {
    if (names.length === 0) return;
    await this.tx.query(
      `INSERT INTO register_subject_names (subject_id, forenames, surname, is_alias, tokens)
       SELECT n.subject_id, n.forenames, n.surname, n.is_alias, ARRAY(SELECT jsonb_array_elements_text(n.tokens))
         FROM jsonb_to_recordset($1::jsonb) AS n(subject_id uuid, forenames text, surname text, is_alias boolean, tokens jsonb)
       ON CONFLICT (subject_id, forenames, surname) DO UPDATE SET is_alias = register_subject_names.is_alias AND EXCLUDED.is_alias`,
      [
        JSON.stringify(
          dedupe(names).map(({ subjectId, name }) => ({ subject_id: subjectId, forenames: name.forenames, surname: name.surname, is_alias: name.isAlias, tokens: name.tokens })),
        ),
      ],
    );
  }

  /**
   * Makes the subjects' rows carry every name they are known by (and mark the batch that changed
   * them), and the name index's vocabulary follow their current tokens: postings added and removed,
   * each token's count of subjects kept, and the keys of a token seen for the first time. The
   * candidates a check reads by name are found in memory (decision 0020), from the subjects' rows.
   */
  async index(subjectIds: readonly string[], newSubjects: ReadonlyMap<string, readonly SubjectNameRow[]> = new Map()): Promise<void> {
    if (subjectIds.length === 0) return;
    await this.tx.query(
      `UPDATE register_subjects s SET names = coalesce(n.names, '[]'), indexed_at = $2
         FROM (SELECT id AS subject_id,
                      (SELECT jsonb_agg(jsonb_build_object('forenames', forenames, 'surname', surname, 'is_alias', is_alias)
                                        ORDER BY is_alias, forenames, surname)
                         FROM register_subject_names WHERE subject_id = id) AS names
                 FROM unnest($1::uuid[]) AS id) n
        WHERE s.subject_id = n.subject_id`,
      [subjectIds, this.position],
    );
    // A subject inserted by this batch holds no tokens yet, and its names are all in hand: only the
    // others are read (each a few random pages of large indexes, the cost of a national seed).
    const held = subjectIds.filter((subjectId) => !newSubjects.has(subjectId));
    const names: { subject_id: string; tokens: string[] }[] =
      held.length === 0
        ? []
        : await this.tx.query(`SELECT subject_id::text AS subject_id, tokens FROM register_subject_names WHERE subject_id = ANY($1::uuid[])`, [held]);
    for (const [subjectId, newNames] of newSubjects) {
      for (const name of newNames) names.push({ subject_id: subjectId, tokens: name.tokens });
    }
    const heldTokens: { subject_id: string; token: string }[] =
      held.length === 0 ? [] : await this.tx.query(`SELECT subject_id::text AS subject_id, token FROM register_subject_tokens WHERE subject_id = ANY($1::uuid[])`, [held]);
    const { added, removed } = postingChanges(
      subjectIds,
      names.map((row) => ({ subjectId: row.subject_id, tokens: row.tokens })),
      heldTokens.map((row) => ({ subjectId: row.subject_id, token: row.token })),
    );
    if (removed.length > 0) {
      await this.tx.query(
        `DELETE FROM register_subject_tokens t USING unnest($1::uuid[], $2::text[]) AS r(subject_id, token)
          WHERE t.subject_id = r.subject_id AND t.token = r.token`,
        [removed.map(([id]) => id), removed.map(([, token]) => token)],
      );
      await this.tx.query(
        `UPDATE register_name_tokens n SET subjects = n.subjects - r.bearers
           FROM (SELECT token, count(*)::int AS bearers FROM unnest($1::text[]) AS token GROUP BY token) r WHERE n.token = r.token`,
        [removed.map(([, token]) => token)],
      );
    }
    if (added.length === 0) return;
    await this.tx.query(
      `INSERT INTO register_subject_tokens (subject_id, token) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
      [added.map(([id]) => id), added.map(([, token]) => token)],
    );
    const fresh: { token: string }[] = await this.tx.query(
      `INSERT INTO register_name_tokens (token, subjects)
       SELECT token, count(*)::int FROM unnest($1::text[]) AS token GROUP BY token
       ON CONFLICT (token) DO UPDATE SET subjects = register_name_tokens.subjects + EXCLUDED.subjects
       RETURNING token, (xmax = 0) AS inserted`,
      [added.map(([, token]) => token)],
    ).then((rows: { token: string; inserted: boolean }[]) => rows.filter((row) => row.inserted));
    if (fresh.length === 0) return;
    const keys = fresh.flatMap(({ token }) => tokenKeys(token).map((key): [string, string] => [key, token]));
    await this.tx.query(
      `INSERT INTO register_token_keys (key, token) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [keys.map(([key]) => key), keys.map(([, token]) => token)],
    );
  }
}

/** The names of each subject this batch put on the register: all they have. */
function namesOfNewSubjects(inserted: ReadonlySet<string>, names: readonly { subjectId: string; name: SubjectNameRow }[]): Map<string, SubjectNameRow[]> {
  const subjects = new Map<string, SubjectNameRow[]>();
  for (const subjectId of inserted) subjects.set(subjectId, []);
  for (const { subjectId, name } of names) subjects.get(subjectId)?.push(name);
  return subjects;
}

function dedupe(names: readonly { subjectId: string; name: SubjectNameRow }[]): { subjectId: string; name: SubjectNameRow }[] {
  const seen = new Map<string, { subjectId: string; name: SubjectNameRow }>();
  for (const entry of names) {
    const key = `${entry.subjectId}\u0000${entry.name.forenames}\u0000${entry.name.surname}`;
    const earlier = seen.get(key);
    // One statement cannot touch a row twice: a name both recorded and an alias is kept as recorded.
    seen.set(key, earlier ? { ...earlier, name: { ...earlier.name, isAlias: earlier.name.isAlias && entry.name.isAlias } } : entry);
  }
  return [...seen.values()];
}
