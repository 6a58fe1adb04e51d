import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { type IsoDate, isProhibitionInForceOn, type Prohibition } from '#domain';
import { type Candidate, matchTokens, namePartCount, scoreCandidate } from '#subject-matching';
import { lastDayOf } from '../order-view.js';
import { IN_FORCE_AS_AT } from '../status-as-at.sql.js';
import { CheckSubjectQuery, type CheckSubjectResult, type SubjectMatch } from './check-subject.query.js';
import { NameIndexLookup } from './name-index.lookup.js';

/**
 * An officer at the roadside reads a phone: the best twenty, and a word that there are more (a
 * common name without a date of birth), not a page of namesakes.
 */
const MOST_MATCHES = 20;

interface CandidateRow {
  subject_id: string;
  forenames: string;
  surname: string;
  date_of_birth: string | null;
  pnc_id: string | null;
  cro_number: string | null;
  names: { forenames: string; surname: string; is_alias: boolean }[];
}

/**
 * Finds the people a check may be about: candidates by PNC ID or CRO number, and by name through
 * the name index (spelling, sound, variants, other names), each then judged by the matching rules,
 * with the orders in force today attached. Never a silent single hit: every candidate above the
 * threshold, best first.
 */
@QueryHandler(CheckSubjectQuery)
export class CheckSubjectHandler implements IQueryHandler<CheckSubjectQuery, CheckSubjectResult> {
  private readonly index: NameIndexLookup;

  constructor(private readonly db: DataSource) {
    this.index = new NameIndexLookup(db);
  }

  async execute(query: CheckSubjectQuery): Promise<CheckSubjectResult> {
    const tokens = query.name ? matchTokens(query.name) : [];
    const found = tokens.length > 0 && query.name ? await this.index.subjectsNamed(tokens, birthYearOf(query.dateOfBirth), namePartCount(query.name) <= 1) : null;
    const rows = await this.candidates(found?.subjectIds ?? [], query.pncId, query.croNumber);
    // Without a name (an identifier alone) nothing weighs a name's frequency.
    const frequency = found?.frequency ?? (() => 0);
    const subjects = found?.subjects ?? 1;
    const matchQuery = { name: query.name, dateOfBirth: query.dateOfBirth, pncId: query.pncId, croNumber: query.croNumber };
    const matches: SubjectMatch[] = [];
    for (const row of rows) {
      const scored = scoreCandidate(matchQuery, candidateOf(row), frequency, subjects);
      if (scored) matches.push(matchOf(row, scored));
    }
    matches.sort((a, b) => b.score - a.score || a.surname.localeCompare(b.surname) || a.forenames.localeCompare(b.forenames) || a.subjectId.localeCompare(b.subjectId));
    const best = matches.slice(0, MOST_MATCHES);
    await this.attachOrdersInForce(best, query.today);
    return { matches: best, moreMatches: matches.length > best.length };
  }

  /**
   * Each candidate once, with every name they are known by, by primary key only: one condition, so
   * an index scan at any size (an OR with the PNC and CRO conditions was planned as a scan of every
   * subject at 7,000; a union joined to the subjects, as a hash join over them).
   */
  private async candidates(subjectIds: string[], pncId: string | null, croNumber: string | null): Promise<CandidateRow[]> {
    const ids = pncId || croNumber ? [...new Set([...subjectIds, ...(await this.identified(pncId, croNumber))])] : subjectIds;
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT s.subject_id::text AS subject_id, s.forenames, s.surname, s.date_of_birth::text AS date_of_birth, s.pnc_id, s.cro_number,
              (SELECT json_agg(json_build_object('forenames', n.forenames, 'surname', n.surname, 'is_alias', n.is_alias))
                 FROM register_subject_names n WHERE n.subject_id = s.subject_id) AS names
         FROM register_subjects s
        WHERE s.subject_id = ANY($1::uuid[]) AND s.has_orders`,
      [ids],
    );
  }

  /** Subjects holding the PNC ID or CRO number asked (by their own indexes). */
  private async identified(pncId: string | null, croNumber: string | null): Promise<string[]> {
    const rows: { subject_id: string }[] = await this.db.query(
      `SELECT subject_id::text AS subject_id FROM register_subjects WHERE pnc_id = $1
       UNION SELECT subject_id::text FROM register_subjects WHERE cro_number = $2`,
      [pncId, croNumber],
    );
    return rows.map((row) => row.subject_id);
  }

  /**
   * The orders in force today, with only the prohibitions in force today, whether or not the clock
   * has recorded an expiry. Only the columns and the part of the state a check shows are read.
   */
  private async attachOrdersInForce(matches: SubjectMatch[], today: IsoDate): Promise<void> {
    if (matches.length === 0) return;
    const rows: { subject_id: string; order_id: string; order_type: string; status: string; owning_force: string; prohibitions: Prohibition[] }[] =
      await this.db.query(
        `SELECT subject_id::text AS subject_id, order_id::text AS order_id, order_type, status, owning_force, state->'prohibitions' AS prohibitions
           FROM register_orders
          WHERE subject_id = ANY($1::uuid[]) AND ${IN_FORCE_AS_AT('$2')}
          ORDER BY made_on DESC, order_id`,
        [matches.map((match) => match.subjectId), today],
      );
    const bySubject = new Map(matches.map((match) => [match.subjectId, match]));
    for (const row of rows) {
      const prohibitions = row.prohibitions.filter((p) => isProhibitionInForceOn(p, today));
      if (prohibitions.length === 0) continue;
      bySubject.get(row.subject_id)?.activeOrders.push({
        orderId: row.order_id,
        type: row.order_type,
        status: row.status,
        owningForce: row.owning_force,
        prohibitions: prohibitions.map((p) => ({ prohibitionId: p.prohibitionId, text: p.text, until: p.until })),
        expiresOn: lastDayOf(prohibitions),
      });
    }
  }
}

function candidateOf(row: CandidateRow): Candidate {
  return {
    names: (row.names ?? []).map((name) => ({ forenames: name.forenames, surname: name.surname, isAlias: name.is_alias })),
    dateOfBirth: row.date_of_birth,
    pncId: row.pnc_id,
    croNumber: row.cro_number,
  };
}

function matchOf(row: CandidateRow, scored: { score: number; band: 'strong' | 'possible'; matchedOn: string[] }): SubjectMatch {
  return {
    subjectId: row.subject_id,
    forenames: row.forenames,
    surname: row.surname,
    dateOfBirth: row.date_of_birth,
    pncId: row.pnc_id,
    croNumber: row.cro_number,
    aliases: (row.names ?? []).filter((name) => name.is_alias).map(({ forenames, surname }) => ({ forenames, surname })),
    score: scored.score,
    band: scored.band,
    matchedOn: scored.matchedOn,
    activeOrders: [],
  };
}

function birthYearOf(dateOfBirth: string | null): number | null {
  return dateOfBirth ? Number(dateOfBirth.slice(0, 4)) : null;
}
