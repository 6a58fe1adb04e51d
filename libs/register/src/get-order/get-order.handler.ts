import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { OrderInForceOrEnded } from '#domain';
import { type OrderView, toOrderView } from '../order-view.js';
import { GetOrderQuery } from './get-order.query.js';

export interface FoundOrder {
  view: OrderView;
  /** Every force the order touches (owner and breach locations), for scope checks. */
  forces: string[];
}

@QueryHandler(GetOrderQuery)
export class GetOrderHandler implements IQueryHandler<GetOrderQuery, FoundOrder | null> {
  constructor(private readonly db: DataSource) {}

  async execute({ orderId }: GetOrderQuery): Promise<FoundOrder | null> {
    const [row]: { state: OrderInForceOrEnded; version: number; forces: string[] }[] = await this.db.query(
      `SELECT state, version, forces FROM register_orders WHERE order_id = $1::uuid`,
      [orderId],
    );
    return row ? { view: toOrderView(row.state, row.version), forces: row.forces } : null;
  }
}
