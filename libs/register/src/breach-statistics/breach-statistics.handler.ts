import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { BreachStatisticsQuery, type BreachStatisticsKey, type BreachStatisticsRow, NO_OUTCOME_YET } from './breach-statistics.query.js';

// Each breach is held in its order's state with where it happened and its outcomes in date order.
const KEY_SQL: Record<BreachStatisticsKey, string> = {
  outcome: `coalesce(breach->'outcomes'->-1->>'outcome', '${NO_OUTCOME_YET}')`,
  force: `breach->>'locationForce'`,
};

/** The breaches the register holds, unnested from the orders that have any (breaches_recorded keeps the rest out). */
@QueryHandler(BreachStatisticsQuery)
export class BreachStatisticsHandler implements IQueryHandler<BreachStatisticsQuery, BreachStatisticsRow[]> {
  constructor(private readonly db: DataSource) {}

  execute({ by, forces, today }: BreachStatisticsQuery): Promise<BreachStatisticsRow[]> {
    return this.db.query(
      `SELECT ${KEY_SQL[by]} AS key, count(*)::int AS breaches,
              count(*) FILTER (WHERE (breach->>'occurredOn')::date > $2::date - interval '12 months')::int AS "lastTwelveMonths"
         FROM register_orders, jsonb_array_elements(state->'breaches') AS breach
        WHERE breaches_recorded > 0 AND ($1::text[] IS NULL OR breach->>'locationForce' = ANY($1::text[]))
        GROUP BY 1 ORDER BY 1`,
      [forces, today],
    );
  }
}
