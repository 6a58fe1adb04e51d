/** How many deliveries the outbox holds in each status, across every process sharing the database (for /metrics). */
export class DeliveryFiguresQuery {}
