import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '#platform';
import { type IsoDate, isProhibitionInForceOn, type Prohibition } from '#domain';
import { type Candidate, matchTokens, namePartCount, scoreCandidate } from '#subject-matching';
import { lastDayOf } from '../order-view.js';
import { IN_FORCE_AS_AT } from '../status-as-at.sql.js';
import { type ActiveOrderSummary, CheckSubjectQuery, type CheckSubjectResult, type SubjectMatch } from './check-subject.query.js';
import { NAMED_SUBJECTS_SQL, NameIndexLookup, namedSubjectsParameters } from './name-index.lookup.js';

/**
 * An officer at the roadside reads a phone: the best twenty, and a word that there are more (a
 * common name without a date of birth), not a page of namesakes.
 */
const MOST_MATCHES = 20;

interface OrderInForceRow {
  order_id: string;
  order_type: string;
  status: string;
  owning_force: string;
  prohibitions: Prohibition[];
}

interface CandidateRow {
  subject_id: string;
  forenames: string;
  surname: string;
  date_of_birth: string | null;
  pnc_id: string | null;
  cro_number: string | null;
  names: { forenames: string; surname: string; is_alias: boolean }[];
  /**
   * The orders the register holds as in force today, newest first, as JSON text: read for every
   * candidate in the one statement, parsed only for those shown.
   */
  orders: string | null;
}

/**
 * One statement reads everything after the vocabulary: who the name reaches, who holds the PNC ID
 * or CRO number, each once with every name they are known by and their orders in force today. A
 * check is two round trips to the database however it is asked (each costs more than most of
 * the work on a busy machine). The candidates are read by primary key from an array built first,
 * so an index scan at any size (an OR with the PNC and CRO conditions was planned as a scan of
 * every subject at 7,000; a union joined to the subjects, as a hash join over them).
 */
const CANDIDATES = new PreparedStatement(
  'check_candidates',
  `WITH ${NAMED_SUBJECTS_SQL},
     identified AS (
       SELECT subject_id FROM register_subjects WHERE pnc_id = $5
       UNION SELECT subject_id FROM register_subjects WHERE cro_number = $6)
SELECT s.subject_id::text AS subject_id, s.forenames, s.surname, s.date_of_birth::text AS date_of_birth, s.pnc_id, s.cro_number,
       s.names,
       (SELECT json_agg(json_build_object('order_id', o.order_id, 'order_type', o.order_type, 'status', o.status,
                                          'owning_force', o.owning_force, 'prohibitions', o.state->'prohibitions')
                        ORDER BY o.made_on DESC, o.order_id)::text
          FROM register_orders o WHERE o.subject_id = s.subject_id AND ${IN_FORCE_AS_AT('$7')}) AS orders
  FROM register_subjects s
 WHERE s.subject_id = ANY(ARRAY(SELECT subject_id FROM named_subjects UNION SELECT subject_id FROM identified)) AND s.has_orders`,
);

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
    const search = tokens.length > 0 && query.name ? await this.index.search(tokens, birthYearOf(query.dateOfBirth), namePartCount(query.name) <= 1) : null;
    if (!query.pncId && !query.croNumber && !search?.tokens.length) return { matches: [], moreMatches: false };
    const rows = await CANDIDATES.run<CandidateRow>(this.db, [...namedSubjectsParameters(search), query.pncId, query.croNumber, query.today]);
    // Without a name (an identifier alone) nothing weighs a name's frequency.
    const frequency = search?.frequency ?? (() => 0);
    const subjects = search?.subjects ?? 1;
    const matchQuery = { name: query.name, dateOfBirth: query.dateOfBirth, pncId: query.pncId, croNumber: query.croNumber };
    const matches: { match: SubjectMatch; row: CandidateRow }[] = [];
    for (const row of rows) {
      const scored = scoreCandidate(matchQuery, candidateOf(row), frequency, subjects);
      if (scored) matches.push({ match: matchOf(row, scored), row });
    }
    matches.sort(({ match: a }, { match: b }) => b.score - a.score || a.surname.localeCompare(b.surname) || a.forenames.localeCompare(b.forenames) || a.subjectId.localeCompare(b.subjectId));
    const best = matches.slice(0, MOST_MATCHES);
    for (const { match, row } of best) match.activeOrders = row.orders ? ordersInForce(JSON.parse(row.orders) as OrderInForceRow[], query.today) : [];
    return { matches: best.map(({ match }) => match), moreMatches: matches.length > best.length };
  }
}

/**
 * The orders in force today, with only the prohibitions in force today, whether or not the clock
 * has recorded an expiry. Only the columns and the part of the state a check shows are read.
 */
function ordersInForce(rows: OrderInForceRow[], today: IsoDate): ActiveOrderSummary[] {
  const orders: ActiveOrderSummary[] = [];
  for (const row of rows) {
    const prohibitions = row.prohibitions.filter((p) => isProhibitionInForceOn(p, today));
    if (prohibitions.length === 0) continue;
    orders.push({
      orderId: row.order_id,
      type: row.order_type,
      status: row.status,
      owningForce: row.owning_force,
      prohibitions: prohibitions.map((p) => ({ prohibitionId: p.prohibitionId, text: p.text, until: p.until })),
      expiresOn: lastDayOf(prohibitions),
    });
  }
  return orders;
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
