import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { activeParties, orderAsAt, orderStreamId, replayStored } from '#domain';
import { EventStore } from '#event-store';
import { OrderAsAtQuery, type OrderAsAtResult } from './order-as-at.query.js';

@QueryHandler(OrderAsAtQuery)
export class OrderAsAtHandler implements IQueryHandler<OrderAsAtQuery, OrderAsAtResult> {
  constructor(private readonly store: EventStore) {}

  async execute({ orderId, day }: OrderAsAtQuery): Promise<OrderAsAtResult> {
    const events = await this.store.readStream(orderStreamId(orderId));
    const state = replayStored(events);
    if (state.status === 'none') return { found: 'no-order' };
    const forces = activeParties(state);
    const asAt = orderAsAt(state, day);
    if (!asAt) return { found: 'not-yet-made', madeOn: state.madeOn, forces };
    return { found: 'order', view: { ...asAt, type: asAt.orderType, version: events.at(-1)?.streamVersion ?? 0 }, forces };
  }
}
