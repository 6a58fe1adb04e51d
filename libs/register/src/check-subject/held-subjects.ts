import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '#platform';
import { pairsOf, tokensOf } from '../projection/subject-names.js';
import { type HeldSubject, HeldNameIndex, type HeldSubjectRow } from './held-name-index.js';
import { REGISTER_TABLES_SQL, REGISTER_VERSION_SQL } from './vocabulary.js';
import { storedCheckpointSql } from '#event-store';

/** Subjects read in one statement while the index is filled or followed (~0.1 s of work each page at 150,000 orders). */
const SUBJECTS_PER_READ = 2_000;

/**
 * The subjects the register changed after a position, in the order they changed, with every name's
 * tokens; then a row of the register's version and position (the same snapshot as the first page).
 */
const CHANGED_SUBJECTS = new PreparedStatement(
  'check_changed_subjects',
  `(SELECT s.subject_id::text AS subject_id, s.forenames, s.surname, s.date_of_birth::text AS date_of_birth, s.pnc_id, s.cro_number,
          s.has_orders, s.names::text AS names, s.indexed_at::text AS indexed_at,
          (SELECT json_agg(n.tokens)::text FROM register_subject_names n WHERE n.subject_id = s.subject_id) AS name_tokens,
          NULL::text AS register_version, NULL::text AS position, NULL::text AS tables
     FROM register_subjects s
    WHERE (s.indexed_at, s.subject_id) > ($1::bigint, $2::uuid)
    ORDER BY s.indexed_at, s.subject_id
    LIMIT ${SUBJECTS_PER_READ})
   UNION ALL
   SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${REGISTER_VERSION_SQL},
          ${storedCheckpointSql('register', 'position')}::text, ${REGISTER_TABLES_SQL}`,
);

/** A changed subject: their row as a check reads it, its names still JSON text; or the register's version. */
type ChangedRow =
  | (Omit<HeldSubjectRow, 'names'> & { names: string; has_orders: boolean; indexed_at: string; name_tokens: string | null; register_version: null })
  | { subject_id: null; register_version: string; position: string | null; tables: string | null };

const LAST_SUBJECT = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** The index as held, and the register's version it was read at. */
export interface HeldAt {
  readonly index: HeldNameIndex;
  readonly version: string;
}

/**
 * Fills the held name index from the register and follows it: each subject row carries the log
 * position of the batch that last changed it (`indexed_at`), so the subjects changed since the index
 * was read are read again, in pages. A rebuilt register (its tables swapped in) is read afresh. Never
 * two reads at once: a check that needs the index newer than a read already under way waits for
 * the next one, shared by every check that asked meanwhile.
 */
@Injectable()
export class HeldSubjects {
  private held: { index: HeldNameIndex; version: string; position: number; tables: string } | null = null;
  private reading: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly db: DataSource) {}

  /**
   * The index, read from the register the first time it is asked for; checks that ask while that
   * first read is under way wait for it (at start-up every check would otherwise queue one more).
   */
  async current(): Promise<HeldAt> {
    if (!this.held) await (this.reading ?? this.catchUp());
    if (!this.held) throw new Error('the name index could not be read from the register');
    return this.held;
  }

  /** Brings the index up to the register as it stands now (a read begun after this call). */
  catchUp(): Promise<void> {
    if (!this.reading) {
      this.reading = this.read().finally(() => (this.reading = null));
      return this.reading;
    }
    this.next ??= this.reading
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.catchUp();
      });
    return this.next;
  }

  private async read(): Promise<void> {
    let held = this.held;
    // Past every subject the batch at the held position wrote: those were read with it.
    let after = { position: held ? String(held.position) : '-1', subjectId: LAST_SUBJECT };
    let reached: { version: string; position: number; tables: string } | null = null;
    for (;;) {
      const rows = await CHANGED_SUBJECTS.run<ChangedRow>(this.db, [after.position, after.subjectId]);
      const subjects: HeldSubject[] = [];
      for (const row of rows) {
        if (row.subject_id === null) {
          if (reached) continue;
          reached = { version: row.register_version, position: Number(row.position ?? -1), tables: row.tables ?? '' };
          // Another register swapped in (a rebuild), or one begun again: read it whole.
          if (held && (held.tables !== reached.tables || reached.position < held.position)) return this.readAfresh();
          continue;
        }
        subjects.push(heldSubjectOf(row));
        after = { position: row.indexed_at, subjectId: row.subject_id };
      }
      held ??= { index: new HeldNameIndex(), version: '', position: -1, tables: '' };
      if (this.held) held.index.hold(subjects);
      else held.index.holdAll(subjects);
      if (subjects.length < SUBJECTS_PER_READ) break;
    }
    if (!reached) return;
    // Read whole: laid out at once, as the register's own index is; followed: once enough was added.
    if (this.held) held.index.layOutIfDue();
    else held.index.layOut();
    this.held = { index: held.index, ...reached };
  }

  private async readAfresh(): Promise<void> {
    this.held = null;
    await this.read();
  }
}

function heldSubjectOf(row: Extract<ChangedRow, { register_version: null }>): HeldSubject {
  const nameTokens = (row.name_tokens ? (JSON.parse(row.name_tokens) as string[][]) : []).map((tokens) => ({ tokens }));
  const subject: HeldSubjectRow = {
    subject_id: row.subject_id,
    forenames: row.forenames,
    surname: row.surname,
    date_of_birth: row.date_of_birth,
    pnc_id: row.pnc_id,
    cro_number: row.cro_number,
    names: JSON.parse(row.names) as HeldSubjectRow['names'],
  };
  return { row: subject, tokens: tokensOf(nameTokens), pairs: pairsOf(nameTokens), hasOrders: row.has_orders };
}
