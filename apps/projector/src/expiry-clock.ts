import type { OrderId } from '#domain';
import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ProjectionRunner } from '#event-store';
import { issuedBySystem, systemCommands } from '#orders';
import { Clock } from '#platform';
import { OrdersDueToExpireQuery, OrdersWithNotificationOverdueQuery } from '#register';

const PAGE = 200;

/**
 * Time moves orders on. Each tick asks the register which orders have a prohibition whose last
 * day has passed, and which subjects have not notified by their deadline, and sends each order a
 * command through the normal command path — so the decider, not this clock, says what happens.
 * Orders entered with historic dates are caught on the first tick.
 */
@Injectable()
export class ExpiryClock {
  private readonly logger = new Logger('clock');

  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly runner: ProjectionRunner,
    private readonly clock: Clock,
  ) {}

  /** Returns how many orders were sent a command. */
  async tick(): Promise<number> {
    const today = this.clock.today();
    const expired = await this.sweep(
      (limit) => new OrdersDueToExpireQuery(today, limit),
      (orderId) => issuedBySystem(systemCommands.expireProhibitions(orderId, today)),
    );
    const overdue = await this.sweep(
      (limit) => new OrdersWithNotificationOverdueQuery(today, limit),
      (orderId) => issuedBySystem(systemCommands.markNotificationOverdue(orderId, today)),
    );
    return expired + overdue;
  }

  private async sweep(find: (limit: number) => object, command: (orderId: OrderId) => object): Promise<number> {
    const done = new Set<OrderId>();
    for (;;) {
      await this.runner.catchUp();
      const due = await this.queries.execute<object, OrderId[]>(find(PAGE));
      const fresh = due.filter((orderId) => !done.has(orderId));
      if (fresh.length === 0) break;
      for (const orderId of fresh) {
        done.add(orderId);
        try {
          await this.commands.execute(command(orderId));
        } catch (error) {
          this.logger.error(`could not move order ${orderId} on: ${(error as Error).name}`);
        }
      }
    }
    if (done.size > 0) await this.runner.catchUp();
    return done.size;
  }
}
