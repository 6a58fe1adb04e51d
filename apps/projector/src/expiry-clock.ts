import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ProjectionRunner } from '#event-store';
import { ExpireProhibitionsCommand } from '#orders';
import { Clock } from '#platform';
import { OrdersDueToExpireQuery } from '#register';

const PAGE = 200;

/**
 * Time moves orders on: each tick asks the register which orders have a prohibition whose last
 * day has passed, and sends each an ExpireProhibitions command through the normal command path,
 * so the decider — not this clock — says what expires. Orders entered with historic dates are
 * caught on the first tick.
 */
@Injectable()
export class ExpiryClock {
  private readonly logger = new Logger('expiry-clock');

  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly runner: ProjectionRunner,
    private readonly clock: Clock,
  ) {}

  /** Returns how many orders were sent an expiry command. */
  async tick(): Promise<number> {
    const today = this.clock.today();
    const done = new Set<string>();
    for (;;) {
      await this.runner.catchUp();
      const due = await this.queries.execute<OrdersDueToExpireQuery, string[]>(new OrdersDueToExpireQuery(today, PAGE));
      const fresh = due.filter((orderId) => !done.has(orderId));
      if (fresh.length === 0) break;
      for (const orderId of fresh) {
        done.add(orderId);
        try {
          await this.commands.execute(new ExpireProhibitionsCommand(orderId, today));
        } catch (error) {
          this.logger.error(`could not expire prohibitions of order ${orderId}: ${(error as Error).name}`);
        }
      }
    }
    if (done.size > 0) await this.runner.catchUp();
    return done.size;
  }
}
