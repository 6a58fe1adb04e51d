import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { subjectStreamId } from '#domain';
import { EventStore } from '#event-store';
import { type HistoryEntry, historyEntryOf } from '../order-history/order-history.query.js';
import { type OrderOfSubject, OrdersOfSubjectQuery } from '../orders-of-subject/orders-of-subject.query.js';
import { GetSubjectQuery, SubjectHistoryQuery, type SubjectView } from './get-subject.query.js';

@QueryHandler(GetSubjectQuery)
export class GetSubjectHandler implements IQueryHandler<GetSubjectQuery, SubjectView | null> {
  constructor(
    private readonly db: DataSource,
    private readonly queries: QueryBus,
  ) {}

  async execute({ subjectId, today }: GetSubjectQuery): Promise<SubjectView | null> {
    const [row]: {
      forenames: string;
      surname: string;
      date_of_birth: string | null;
      pnc_id: string | null;
      cro_number: string | null;
      aliases: { forenames: string; surname: string }[] | null;
    }[] = await this.db.query(
      `SELECT s.forenames, s.surname, s.date_of_birth::text AS date_of_birth, s.pnc_id, s.cro_number,
              (SELECT json_agg(json_build_object('forenames', n.forenames, 'surname', n.surname) ORDER BY n.surname, n.forenames)
                 FROM register_subject_names n WHERE n.subject_id = s.subject_id AND n.is_alias) AS aliases
         FROM register_subjects s WHERE s.subject_id = $1::uuid`,
      [subjectId],
    );
    if (!row) return null;
    const orders = await this.queries.execute<OrdersOfSubjectQuery, OrderOfSubject[]>(new OrdersOfSubjectQuery(subjectId, today));
    return {
      subjectId,
      forenames: row.forenames,
      surname: row.surname,
      dateOfBirth: row.date_of_birth,
      pncId: row.pnc_id,
      croNumber: row.cro_number,
      aliases: row.aliases ?? [],
      orders,
    };
  }
}

@QueryHandler(SubjectHistoryQuery)
export class SubjectHistoryHandler implements IQueryHandler<SubjectHistoryQuery, HistoryEntry[]> {
  constructor(private readonly store: EventStore) {}

  async execute({ subjectId }: SubjectHistoryQuery): Promise<HistoryEntry[]> {
    const events = await this.store.readStream(subjectStreamId(subjectId));
    return events.map((event) => historyEntryOf(event));
  }
}
