import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '#platform';
import { type IsoDate, isProhibitionInForceOn, type Prohibition } from '#domain';
import { type Candidate, matchTokens, namePartCount, scoreCandidate } from '#subject-matching';
import { lastDayOf } from '../order-view.js';
import { IN_FORCE_AS_AT } from '../status-as-at.sql.js';
import { type ActiveOrderSummary, CheckSubjectQuery, type CheckSubjectResult, type SubjectMatch } from './check-subject.query.js';
import { NameIndexLookup, type NameSearch, namedSubjectsParameters, namedSubjectsSql } from './name-index.lookup.js';
import { REGISTER_VERSION_SQL } from './vocabulary.js';

/**
 * An officer at the roadside reads a phone: the best twenty, and a word that there are more (a
 * common name without a date of birth), not a page of namesakes.
 */
const MOST_MATCHES = 20;

interface OrderInForce {
  order_id: string;
  order_type: string;
  status: string;
  owning_force: string;
  /** JSON text: parsed only for the matches shown. */
  prohibitions: string;
}

/** A row of the candidates statement: a candidate, one of a candidate's orders in force today, or the register's version. */
type CandidateRow =
  | {
      order_id: null;
      subject_id: string;
      forenames: string;
      surname: string;
      date_of_birth: string | null;
      pnc_id: string | null;
      cro_number: string | null;
      names: { forenames: string; surname: string; is_alias: boolean }[];
      register_version: null;
    }
  | ({ subject_id: string; register_version: null } & OrderInForce)
  | { subject_id: null; order_id: null; register_version: string };

type SubjectRow = Extract<CandidateRow, { order_id: null; register_version: null }>;

/**
 * One statement reads everything after the vocabulary: who the name reaches, who holds the PNC ID
 * or CRO number, each once with every name they are known by, then their orders in force today,
 * newest first, as rows of their own (a sub-query per candidate cost more than the rest), and the
 * register's version. A check is at most two round trips to the database however it is asked, one
 * when the vocabulary its name reaches is remembered (each costs more than most of the work on a
 * busy machine). The candidates are read by primary key from an array built first, so an index
 * scan at any size (an OR with the PNC and CRO conditions was planned as a scan of every subject at
 * 7,000; a union joined to the subjects, as a hash join over them).
 */
const candidatesSql = (dated: boolean): string => `WITH ${namedSubjectsSql(dated)},
     identified AS (
       SELECT subject_id FROM register_subjects WHERE pnc_id = $7
       UNION SELECT subject_id FROM register_subjects WHERE cro_number = $8),
     candidates AS MATERIALIZED (
       SELECT s.subject_id, s.forenames, s.surname, s.date_of_birth, s.pnc_id, s.cro_number, s.names
         FROM register_subjects s
        WHERE s.subject_id = ANY(ARRAY(SELECT subject_id FROM named_subjects UNION SELECT subject_id FROM identified)) AND s.has_orders)
SELECT * FROM (
SELECT c.subject_id::text AS subject_id, c.forenames, c.surname, c.date_of_birth::text AS date_of_birth, c.pnc_id, c.cro_number, c.names,
       NULL::text AS order_id, NULL::text AS order_type, NULL::text AS status, NULL::text AS owning_force, NULL::text AS prohibitions, NULL::date AS made_on,
       NULL::text AS register_version
  FROM candidates c
UNION ALL
SELECT o.subject_id::text, NULL, NULL, NULL, NULL, NULL, NULL,
       o.order_id::text, o.order_type, o.status, o.owning_force, o.prohibitions::text, o.made_on, NULL
  FROM register_orders o
 WHERE o.subject_id = ANY(ARRAY(SELECT subject_id FROM candidates)) AND ${IN_FORCE_AS_AT('$9')}
UNION ALL
SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${REGISTER_VERSION_SQL}) AS read
 ORDER BY order_id IS NOT NULL, made_on DESC, order_id`;
const CANDIDATES = new PreparedStatement('check_candidates', candidatesSql(false));
/** With a full date of birth asked, also those born on a date that agrees with it in full (`$10`). */
const CANDIDATES_DATED = new PreparedStatement('check_candidates_dated', candidatesSql(true));

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
    for (let asked = 1; ; asked++) {
      const search = tokens.length > 0 && query.name ? await this.index.search(tokens, query.dateOfBirth, namePartCount(query.name), asked > 1) : null;
      if (!query.pncId && !query.croNumber && !search?.tokens.length) return { matches: [], moreMatches: false };
      const parameters = [...namedSubjectsParameters(search), query.pncId, query.croNumber, query.today];
      const rows = search?.birthDates.length
        ? await CANDIDATES_DATED.run<CandidateRow>(this.db, [...parameters, search.birthDates])
        : await CANDIDATES.run<CandidateRow>(this.db, parameters);
      const version = rows.find((row) => row.register_version !== null)?.register_version ?? '';
      const confirmed = !search || this.index.vocabulary.confirm(search.vocabulary.version, version);
      // The name was looked up in a vocabulary remembered from before the register last moved: once more, read afresh.
      if (!confirmed && search?.vocabulary.remembered) continue;
      return this.judged(query, search, rows);
    }
  }

  private judged(query: CheckSubjectQuery, search: NameSearch | null, rows: CandidateRow[]): CheckSubjectResult {
    const ordersOf = new Map<string, OrderInForce[]>();
    for (const row of rows) {
      if (row.order_id === null) continue;
      const orders = ordersOf.get(row.subject_id) ?? [];
      orders.push(row);
      ordersOf.set(row.subject_id, orders);
    }
    // Without a name (an identifier alone) nothing weighs a name's frequency.
    const frequency = search?.frequency ?? (() => 0);
    const subjects = search?.subjects ?? 1;
    const matches: SubjectMatch[] = [];
    for (const row of rows) {
      if (row.order_id !== null || row.subject_id === null) continue;
      const scored = scoreCandidate(query, candidateOf(row), frequency, subjects);
      if (scored) matches.push(matchOf(row, scored));
    }
    matches.sort((a, b) => b.score - a.score || a.surname.localeCompare(b.surname) || a.forenames.localeCompare(b.forenames) || a.subjectId.localeCompare(b.subjectId));
    const best = matches.slice(0, MOST_MATCHES);
    for (const match of best) match.activeOrders = ordersInForce(ordersOf.get(match.subjectId) ?? [], query.today);
    return { matches: best, moreMatches: matches.length > best.length };
  }
}

/**
 * The orders in force today, with only the prohibitions in force today, whether or not the clock
 * has recorded an expiry. Only the columns and the part of the state a check shows are read.
 */
function ordersInForce(rows: OrderInForce[], today: IsoDate): ActiveOrderSummary[] {
  const orders: ActiveOrderSummary[] = [];
  for (const row of rows) {
    const prohibitions = (JSON.parse(row.prohibitions) as Prohibition[]).filter((p) => isProhibitionInForceOn(p, today));
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

function candidateOf(row: SubjectRow): Candidate {
  return {
    names: (row.names ?? []).map((name) => ({ forenames: name.forenames, surname: name.surname, isAlias: name.is_alias })),
    dateOfBirth: row.date_of_birth,
    pncId: row.pnc_id,
    croNumber: row.cro_number,
  };
}

function matchOf(row: SubjectRow, scored: { score: number; band: 'strong' | 'possible'; matchedOn: string[] }): SubjectMatch {
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
