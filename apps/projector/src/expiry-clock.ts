import type { OrderId } from '#domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ProjectionRunner } from '#event-store';
import { issuedBySystem, systemCommands } from '#orders';
import { Clock, STOR_CONFIG, type StorConfig } from '#platform';
import { type ExpiryToWarnOf, OrdersDueToExpireQuery, OrdersExpiringSoonQuery, OrdersWithNotificationOverdueQuery } from '#register';

const PAGE = 200;

const itself = (orderId: OrderId): OrderId => orderId;

/**
 * Time moves orders on. Each tick asks the register which orders have a prohibition whose last
 * day has passed, which subjects have not notified by their deadline, and which orders' last day
 * in force is near and not yet warned of, and sends each order a command through the normal
 * command path — so the decider, not this clock, says what happens. Orders entered with historic
 * dates are caught on the first tick; the warnings come after the expiries, so an order whose last
 * day has already passed is expired, not warned of.
 */
@Injectable()
export class ExpiryClock {
  private readonly logger = new Logger('clock');

  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly runner: ProjectionRunner,
    private readonly clock: Clock,
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
  ) {}

  /** Returns how many orders were sent a command. */
  async tick(): Promise<number> {
    const today = this.clock.today();
    const { expiryWarningDays } = this.config;
    const expired = await this.sweep(
      (limit) => new OrdersDueToExpireQuery(today, limit),
      itself,
      (orderId) => issuedBySystem(systemCommands.expireProhibitions(orderId, today)),
    );
    const overdue = await this.sweep(
      (limit) => new OrdersWithNotificationOverdueQuery(today, limit),
      itself,
      (orderId) => issuedBySystem(systemCommands.markNotificationOverdue(orderId, today)),
    );
    const warned = await this.sweep(
      (limit) => new OrdersExpiringSoonQuery(today, expiryWarningDays, limit),
      (due: ExpiryToWarnOf) => due.orderId,
      ({ orderId, lastDay }) => issuedBySystem(systemCommands.warnOfExpiry(orderId, today, expiryWarningDays, lastDay)),
    );
    return expired + overdue + warned;
  }

  private async sweep<T>(find: (limit: number) => object, orderIdOf: (item: T) => OrderId, command: (item: T) => object): Promise<number> {
    const done = new Set<OrderId>();
    for (;;) {
      await this.runner.catchUp();
      const due = await this.queries.execute<object, T[]>(find(PAGE));
      const fresh = due.filter((item) => !done.has(orderIdOf(item)));
      if (fresh.length === 0) break;
      for (const item of fresh) {
        const orderId = orderIdOf(item);
        done.add(orderId);
        try {
          await this.commands.execute(command(item));
        } catch (error) {
          this.logger.error(`could not move order ${orderId} on: ${(error as Error).name}`);
        }
      }
    }
    if (done.size > 0) await this.runner.catchUp();
    return done.size;
  }
}
