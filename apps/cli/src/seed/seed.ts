import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { INestApplication } from '@nestjs/common';
import { ProjectionRunner } from '#event-store';
import { type CommandOutcome, MakeOrderCommand, RecordBreachCommand } from '#orders';
import type { Clock } from '#platform';
import { GetOrderQuery, type FoundOrder } from '#register';
import { Random, syntheticOrder } from './synthetic-orders.js';

export interface SeedResult {
  orders: number;
  breaches: number;
  refused: number;
  milliseconds: number;
}

/**
 * Fills the register with synthetic orders through the same command path users take: every order
 * is decided by the domain and appended to the log, and the projections build the register.
 */
export async function seedOrders(app: INestApplication, clock: Clock, count: number, seed: number): Promise<SeedResult> {
  const commands = app.get(CommandBus);
  const queries = app.get(QueryBus);
  const runner = app.get(ProjectionRunner);
  const random = new Random(seed);
  const today = clock.today();
  const started = Date.now();
  const result: SeedResult = { orders: 0, breaches: 0, refused: 0, milliseconds: 0 };
  for (let i = 0; i < count; i++) {
    const { order, breach } = syntheticOrder(random, today);
    const manager = { userId: `seed:${order.owningForce}`, role: 'order-manager' as const, force: order.owningForce };
    try {
      const made = await commands.execute<MakeOrderCommand, CommandOutcome>(
        new MakeOrderCommand(order, { actor: manager, correlationId: `seed-${seed}-${i}` }),
      );
      result.orders++;
      if (breach) {
        await runner.catchUp();
        const found = await queries.execute<GetOrderQuery, FoundOrder | null>(new GetOrderQuery(made.orderId, clock.today()));
        const prohibitionId = found?.view.prohibitions[breach.prohibitionIndex]?.prohibitionId;
        if (prohibitionId) {
          const reporter = { userId: `seed:${breach.locationForce}`, role: 'order-manager' as const, force: breach.locationForce };
          await commands.execute(
            new RecordBreachCommand(
              made.orderId,
              { occurredOn: breach.occurredOn, locationForce: breach.locationForce, description: breach.description, prohibitionIds: [prohibitionId] },
              { actor: reporter, correlationId: `seed-${seed}-${i}-breach` },
            ),
          );
          result.breaches++;
        }
      }
    } catch {
      // The generator aims inside the law; whatever the decider still refuses is simply not seeded.
      result.refused++;
    }
  }
  await runner.catchUp();
  result.milliseconds = Date.now() - started;
  return result;
}
