import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '#platform';
import { type IsoDate, isProhibitionInForceOn, type Prohibition } from '#domain';
import { type Candidate, matchTokens, namePartCount, scoreCandidate } from '#subject-matching';
import { lastDayOf } from '../order-view.js';
import { IN_FORCE_AS_AT } from '../status-as-at.sql.js';
import { type ActiveOrderSummary, CheckSubjectQuery, type CheckSubjectResult, type SubjectMatch } from './check-subject.query.js';
import type { HeldSubjectRow } from './held-name-index.js';
import { HeldSubjects } from './held-subjects.js';
import { NameIndexLookup, type NameSearch } from './name-index.lookup.js';
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
  prohibitions: Prohibition[];
}

/** How many times a check is asked again when the register moved while it was answered. */
const MOST_ASKS = 3;

/**
 * The orders in force today of the matches shown, newest first, as one JSON text parsed once; and
 * the register's version they were read at, which confirms the held name index the candidates came
 * from. Read once the candidates are judged, for the few an officer sees.
 */
const ORDERS_IN_FORCE = new PreparedStatement(
  'check_orders_in_force',
  `SELECT ${REGISTER_VERSION_SQL} AS register_version,
          (SELECT json_agg(json_build_object('subject_id', o.subject_id, 'order_id', o.order_id, 'order_type', o.order_type, 'status', o.status,
                                             'owning_force', o.owning_force, 'prohibitions', o.prohibitions) ORDER BY o.made_on DESC, o.order_id)
             FROM register_orders o
            WHERE o.subject_id = ANY($1::uuid[]) AND ${IN_FORCE_AS_AT('$2')})::text AS orders`,
);

/**
 * Finds the people a check may be about: candidates by PNC ID or CRO number, and by name through
 * the name index (spelling, sound, variants, other names), each then judged by the matching rules,
 * with the orders in force today attached. Never a silent single hit: every candidate above the
 * threshold, best first. The name index is held in memory and follows the register (decision
 * 0020): a check answered from an index older than the register it then reads is asked again once
 * the index has caught up, so an order recorded before a check began is always seen by it.
 */
@QueryHandler(CheckSubjectQuery)
export class CheckSubjectHandler implements IQueryHandler<CheckSubjectQuery, CheckSubjectResult> {
  private readonly index: NameIndexLookup;

  constructor(
    private readonly db: DataSource,
    private readonly held: HeldSubjects,
  ) {
    this.index = new NameIndexLookup(db);
  }

  async execute(query: CheckSubjectQuery): Promise<CheckSubjectResult> {
    const tokens = query.name ? matchTokens(query.name) : [];
    let caughtUp = false;
    for (let asked = 1; ; asked++) {
      const held = await this.held.current();
      const search = tokens.length > 0 && query.name ? await this.index.search(tokens, query.dateOfBirth, namePartCount(query.name), held.index.size, asked > 1) : null;
      if (!query.pncId && !query.croNumber && !search?.tokens.length) return { matches: [], moreMatches: false };
      const result = judged(query, search, held.index.candidates(search, query.pncId, query.croNumber));
      const [read] = await ORDERS_IN_FORCE.run<{ register_version: string; orders: string | null }>(this.db, [result.matches.map((match) => match.subjectId), query.today]);
      const version = read?.register_version ?? '';
      const vocabularyConfirmed = !search || this.index.vocabulary.confirm(search.vocabulary.version, version);
      if (asked < MOST_ASKS) {
        // The register moved since the index was read: once more, from the index brought up to it.
        if (held.version !== version && !caughtUp) {
          await this.held.catchUp();
          caughtUp = true;
          continue;
        }
        // The name was looked up in a vocabulary remembered from before the register last moved: once more, read afresh.
        if (!vocabularyConfirmed && search?.vocabulary.remembered) continue;
      }
      withOrdersInForce(result.matches, read?.orders ? (JSON.parse(read.orders) as OrderInForce[]) : [], query.today);
      return result;
    }
  }
}

function withOrdersInForce(matches: SubjectMatch[], rows: OrderInForce[], today: IsoDate): void {
  const ordersOf = new Map<string, OrderInForce[]>();
  for (const row of rows) {
    const orders = ordersOf.get(row.subject_id) ?? [];
    orders.push(row);
    ordersOf.set(row.subject_id, orders);
  }
  for (const match of matches) match.activeOrders = ordersInForce(ordersOf.get(match.subjectId) ?? [], today);
}

/** Every candidate judged by the matching rules; the best twenty, best first. */
function judged(query: CheckSubjectQuery, search: NameSearch | null, rows: HeldSubjectRow[]): CheckSubjectResult {
  // Without a name (an identifier alone) nothing weighs a name's frequency.
  const frequency = search?.frequency ?? (() => 0);
  const subjects = search?.subjects ?? 1;
  const matches: SubjectMatch[] = [];
  for (const row of rows) {
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

function candidateOf(row: HeldSubjectRow): Candidate {
  return {
    names: (row.names ?? []).map((name) => ({ forenames: name.forenames, surname: name.surname, isAlias: name.is_alias })),
    dateOfBirth: row.date_of_birth,
    pncId: row.pnc_id,
    croNumber: row.cro_number,
  };
}

function matchOf(row: HeldSubjectRow, scored: { score: number; band: 'strong' | 'possible'; matchedOn: string[] }): SubjectMatch {
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
