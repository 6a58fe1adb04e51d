import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { orderStreamId, upcast } from '#domain';
import { EventStore } from '#event-store';
import { type HistoryEntry, historyEntryOf, OrderHistoryQuery } from './order-history.query.js';

@QueryHandler(OrderHistoryQuery)
export class OrderHistoryHandler implements IQueryHandler<OrderHistoryQuery, HistoryEntry[]> {
  constructor(private readonly store: EventStore) {}

  async execute({ orderId }: OrderHistoryQuery): Promise<HistoryEntry[]> {
    const events = await this.store.readStream(orderStreamId(orderId));
    // Shown in today's shape: an event written in an older schema is upcast, as the decider sees it.
    return events.map((event) => historyEntryOf(event, upcast(event.type, event.data, event.metadata.schemaVersion).data as unknown as Record<string, unknown>));
  }
}
