import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { IN_FORCE_AS_AT } from '../status-as-at.sql.js';
import { OrderStatisticsQuery, type StatisticsKey, type StatisticsRow } from './order-statistics.query.js';

const KEY_SQL: Record<StatisticsKey, string> = {
  force: 'obtained_by',
  year: 'extract(year FROM made_on)::int::text',
  type: 'order_type',
  'year-type-force': "concat_ws('|', extract(year FROM made_on)::int::text, order_type, obtained_by)",
};

/** One pass over the register's order rows: the counts a national lead reads at a glance. */
@QueryHandler(OrderStatisticsQuery)
export class OrderStatisticsHandler implements IQueryHandler<OrderStatisticsQuery, StatisticsRow[]> {
  constructor(private readonly db: DataSource) {}

  execute({ by, forces, today }: OrderStatisticsQuery): Promise<StatisticsRow[]> {
    return this.db.query(
      `SELECT ${KEY_SQL[by]} AS key, count(*)::int AS made,
              count(*) FILTER (WHERE ${IN_FORCE_AS_AT('$2')})::int AS active,
              coalesce(sum(breaches_recorded), 0)::int AS breaches
         FROM register_orders
        WHERE $1::text[] IS NULL OR obtained_by = ANY($1::text[])
        GROUP BY 1 ORDER BY 1`,
      [forces, today],
    );
  }
}
