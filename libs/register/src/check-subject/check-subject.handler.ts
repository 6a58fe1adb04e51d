import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { nameTokens, type OrderInForceOrEnded } from '#domain';
import { expiresOn } from '../order-view.js';
import { CheckSubjectQuery, type CheckSubjectResult, type SubjectMatch } from './check-subject.query.js';
import { dateOfBirthEvidence, pncEvidence, scoreMatch } from './subject-score.js';

const MOST_CANDIDATES = 200;
const MOST_MATCHES = 50;

interface CandidateRow {
  subject_id: string;
  forenames: string;
  surname: string;
  date_of_birth: string | null;
  pnc_id: string | null;
  names: { forenames: string; surname: string; is_alias: boolean; tokens: string[] }[];
}

@QueryHandler(CheckSubjectQuery)
export class CheckSubjectHandler implements IQueryHandler<CheckSubjectQuery, CheckSubjectResult> {
  constructor(private readonly db: DataSource) {}

  async execute(query: CheckSubjectQuery): Promise<CheckSubjectResult> {
    const tokens = query.name ? nameTokens(query.name) : [];
    const candidates = await this.candidates(query, tokens);
    const scored = candidates
      .map((row) => this.score(row, query, tokens))
      .filter((match) => match.score > 0)
      .sort((a, b) => b.score - a.score || a.surname.localeCompare(b.surname) || a.forenames.localeCompare(b.forenames))
      .slice(0, MOST_MATCHES);
    await this.attachActiveOrders(scored);
    return { matches: scored };
  }

  private async candidates(query: CheckSubjectQuery, tokens: string[]): Promise<CandidateRow[]> {
    const year = query.dateOfBirth?.length === 4 ? Number(query.dateOfBirth) : null;
    const fullDate = query.dateOfBirth?.length === 10 ? query.dateOfBirth : null;
    return this.db.query(
      `WITH candidates AS (
         SELECT subject_id FROM register_subjects WHERE $1::text IS NOT NULL AND pnc_id = $1
         UNION
         SELECT subject_id FROM register_subject_names WHERE cardinality($2::text[]) > 0 AND tokens @> $2::text[]
         UNION
         SELECT subject_id FROM register_subjects
          WHERE $1::text IS NULL AND cardinality($2::text[]) = 0
            AND (date_of_birth = $3::date
                 OR (date_of_birth >= make_date($4::int, 1, 1) AND date_of_birth < make_date($4::int + 1, 1, 1)))
       )
       SELECT s.subject_id::text AS subject_id, s.forenames, s.surname, s.date_of_birth::text AS date_of_birth, s.pnc_id,
              (SELECT json_agg(json_build_object('forenames', n.forenames, 'surname', n.surname,
                                                 'is_alias', n.is_alias, 'tokens', n.tokens))
                 FROM register_subject_names n WHERE n.subject_id = s.subject_id) AS names
         FROM register_subjects s JOIN candidates c ON c.subject_id = s.subject_id
        LIMIT ${MOST_CANDIDATES}`,
      [query.pncId, tokens, fullDate, year],
    );
  }

  private score(row: CandidateRow, query: CheckSubjectQuery, tokens: string[]): SubjectMatch {
    const names = row.names ?? [];
    const nameMatched = tokens.length > 0 && names.some((name) => tokens.every((token) => name.tokens.includes(token)));
    const pncId = pncEvidence(query.pncId, row.pnc_id);
    const dateOfBirth = dateOfBirthEvidence(query.dateOfBirth, row.date_of_birth);
    const matchedOn = [
      ...(pncId === 'matched' ? ['pncId'] : []),
      ...(nameMatched ? ['name'] : []),
      ...(dateOfBirth === 'exact' || dateOfBirth === 'year' ? ['dateOfBirth'] : []),
    ];
    return {
      subjectId: row.subject_id,
      forenames: row.forenames,
      surname: row.surname,
      dateOfBirth: row.date_of_birth,
      pncId: row.pnc_id,
      aliases: names.filter((name) => name.is_alias).map(({ forenames, surname }) => ({ forenames, surname })),
      score: scoreMatch({ pncId, nameMatched, nameAsked: tokens.length > 0, dateOfBirth }),
      matchedOn,
      activeOrders: [],
    };
  }

  private async attachActiveOrders(matches: SubjectMatch[]): Promise<void> {
    if (matches.length === 0) return;
    const rows: { subject_id: string; state: OrderInForceOrEnded }[] = await this.db.query(
      `SELECT subject_id::text AS subject_id, state FROM register_orders
        WHERE subject_id = ANY($1::uuid[]) AND status IN ('active', 'interim')
        ORDER BY made_on DESC`,
      [matches.map((match) => match.subjectId)],
    );
    for (const match of matches) {
      match.activeOrders = rows
        .filter((row) => row.subject_id === match.subjectId)
        .map(({ state }) => ({
          orderId: state.orderId,
          type: state.orderType,
          status: state.status,
          owningForce: state.owningForce,
          prohibitions: state.prohibitions
            .filter((p) => p.status === 'in-force')
            .map((p) => ({ prohibitionId: p.prohibitionId, text: p.text, until: p.until })),
          expiresOn: expiresOn(state),
        }));
    }
  }
}
