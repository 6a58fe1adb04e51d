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
  subject_id: string;
  order_id: string;
  order_type: string;
  status: string;
  owning_force: string;
  /** JSON text: parsed only for the matches shown. */
  prohibitions: string;
}

/** A row of the candidates statement: a candidate, or the register's version. */
type CandidateRow =
  | {
      subject_id: string;
      forenames: string;
      surname: string;
      date_of_birth: string | null;
      pnc_id: string | null;
      cro_number: string | null;
      names: { forenames: string; surname: string; is_alias: boolean }[];
      register_version: null;
    }
  | { subject_id: null; register_version: string };

type SubjectRow = Extract<CandidateRow, { register_version: null }>;

/**
 * One statement reads everything the judging needs: who the name reaches, who holds the PNC ID or
 * CRO number, each once with every name they are known by, and the register's version. The
 * candidates are read by primary key from an array built first, so an index scan at any size (an
 * OR with the PNC and CRO conditions was planned as a scan of every subject at 7,000; a union
 * joined to the subjects, as a hash join over them).
 */
const candidatesSql = (dated: boolean): string => `WITH ${namedSubjectsSql(dated)},
     identified AS (
       SELECT subject_id FROM register_subjects WHERE pnc_id = $7
       UNION SELECT subject_id FROM register_subjects WHERE cro_number = $8)
SELECT s.subject_id::text AS subject_id, s.forenames, s.surname, s.date_of_birth::text AS date_of_birth, s.pnc_id, s.cro_number, s.names,
       NULL::text AS register_version
  FROM register_subjects s
 WHERE s.subject_id = ANY(ARRAY(SELECT subject_id FROM named_subjects UNION SELECT subject_id FROM identified)) AND s.has_orders
UNION ALL
SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${REGISTER_VERSION_SQL}`;
const CANDIDATES = new PreparedStatement('check_candidates', candidatesSql(false));
/** With a full date of birth asked, also those born on a date that agrees with it in full (`$9`). */
const CANDIDATES_DATED = new PreparedStatement('check_candidates_dated', candidatesSql(true));

/**
 * The orders in force today of the matches shown, newest first: read once the candidates are
 * judged, for the few an officer sees, not for every candidate read (half of them strangers; their
 * orders were a third of the candidates statement's time at 150,000 orders).
 */
const ORDERS_IN_FORCE = new PreparedStatement(
  'check_orders_in_force',
  `SELECT o.subject_id::text AS subject_id, o.order_id::text AS order_id, o.order_type, o.status, o.owning_force, o.prohibitions::text AS prohibitions
     FROM register_orders o
    WHERE o.subject_id = ANY($1::uuid[]) AND ${IN_FORCE_AS_AT('$2')}
    ORDER BY o.made_on DESC, o.order_id`,
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
    for (let asked = 1; ; asked++) {
      const search = tokens.length > 0 && query.name ? await this.index.search(tokens, query.dateOfBirth, namePartCount(query.name), asked > 1) : null;
      if (!query.pncId && !query.croNumber && !search?.tokens.length) return { matches: [], moreMatches: false };
      const parameters = [...namedSubjectsParameters(search), query.pncId, query.croNumber];
      const rows = search?.birthDates.length
        ? await CANDIDATES_DATED.run<CandidateRow>(this.db, [...parameters, search.birthDates])
        : await CANDIDATES.run<CandidateRow>(this.db, parameters);
      const version = rows.find((row) => row.register_version !== null)?.register_version ?? '';
      const confirmed = !search || this.index.vocabulary.confirm(search.vocabulary.version, version);
      // The name was looked up in a vocabulary remembered from before the register last moved: once more, read afresh.
      if (!confirmed && search?.vocabulary.remembered) continue;
      const result = judged(query, search, rows);
      await this.withOrdersInForce(result.matches, query.today);
      return result;
    }
  }

  private async withOrdersInForce(matches: SubjectMatch[], today: IsoDate): Promise<void> {
    if (matches.length === 0) return;
    const ordersOf = new Map<string, OrderInForce[]>();
    for (const row of await ORDERS_IN_FORCE.run<OrderInForce>(this.db, [matches.map((match) => match.subjectId), today])) {
      const orders = ordersOf.get(row.subject_id) ?? [];
      orders.push(row);
      ordersOf.set(row.subject_id, orders);
    }
    for (const match of matches) match.activeOrders = ordersInForce(ordersOf.get(match.subjectId) ?? [], today);
  }
}

/** Every candidate judged by the matching rules; the best twenty, best first. */
function judged(query: CheckSubjectQuery, search: NameSearch | null, rows: CandidateRow[]): CheckSubjectResult {
  // Without a name (an identifier alone) nothing weighs a name's frequency.
  const frequency = search?.frequency ?? (() => 0);
  const subjects = search?.subjects ?? 1;
  const matches: SubjectMatch[] = [];
  for (const row of rows) {
    if (row.subject_id === null) continue;
    const scored = scoreCandidate(query, candidateOf(row), frequency, subjects);
    if (scored) matches.push(matchOf(row, scored));
  }
  matches.sort((a, b) => b.score - a.score || a.surname.localeCompare(b.surname) || a.forenames.localeCompare(b.forenames) || a.subjectId.localeCompare(b.subjectId));
  const best = matches.slice(0, MOST_MATCHES);
  return { matches: best, moreMatches: matches.length > best.length };
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
