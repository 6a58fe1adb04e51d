import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DeliveryFiguresQuery, type DeliveryStatus, WebhookDeliveryTally } from '#alerts';
import { type ProjectionLag, ProjectionLagProbe } from './projection-lag.js';
import { ReachabilityProbe } from './reachability.js';

/**
 * Prometheus metrics of one STOR instance, in a registry of its own (several apps may share a test
 * process). Request labels are route patterns, never URLs: a check's URL names a person.
 */
@Injectable()
export class StorMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'stor_http_requests_total',
    help: 'HTTP requests answered, by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'stor_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  private readonly refusals = new Counter({
    name: 'stor_refused_requests_total',
    help: 'Requests refused (4xx), by status and whether a signed-in user made them; anonymous ones are counted here and not audited',
    labelNames: ['status', 'who'] as const,
    registers: [this.registry],
  });

  constructor(lag: ProjectionLagProbe, reachability: ReachabilityProbe, queries: QueryBus, tally: WebhookDeliveryTally) {
    collectDefaultMetrics({ register: this.registry, prefix: 'stor_' });
    // While the database or the log is out of reach there is no lag to report: the gauges go empty
    // (stor_up says why) rather than failing the whole scrape.
    const measure = (): Promise<ProjectionLag[]> => lag.measure().catch(() => []);
    new Gauge({
      name: 'stor_up',
      help: 'Whether this instance reaches its database and its log now (1) or not (0)',
      labelNames: ['dependency'] as const,
      registers: [this.registry],
      async collect() {
        const reach = await reachability.check();
        this.set({ dependency: 'database' }, reach.database === 'reachable' ? 1 : 0);
        this.set({ dependency: 'log' }, reach.log === 'reachable' ? 1 : 0);
      },
    });
    const lagGauge = (name: string, help: string, value: (lag: ProjectionLag) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['projection'] as const,
        registers: [this.registry],
        async collect() {
          this.reset();
          for (const row of await measure()) this.set({ projection: row.projection }, value(row));
        },
      });
    lagGauge('stor_projection_lag_events', 'Events in the log not yet applied by the projection (counted up to 1000)', (lag) => lag.lagEvents);
    lagGauge('stor_projection_lag_seconds', 'How long the oldest event not yet applied by the projection has waited', (lag) => lag.lagSeconds);
    this.webhookMetrics(queries, tally);
  }

  /** The outbox as the database holds it (every process's deliveries), and this process's attempts at them. */
  private webhookMetrics(queries: QueryBus, tally: WebhookDeliveryTally): void {
    const figures = (): Promise<Record<DeliveryStatus, number> | null> => queries.execute<DeliveryFiguresQuery, Record<DeliveryStatus, number>>(new DeliveryFiguresQuery()).catch(() => null);
    new Gauge({
      name: 'stor_webhook_deliveries',
      help: 'Webhook deliveries in the outbox, by status (pending, delivered, dead, cancelled)',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [status, count] of Object.entries((await figures()) ?? {})) this.set({ status }, count);
      },
    });
    new Gauge({
      name: 'stor_webhook_dead_letters',
      help: 'Webhook deliveries given up on after the most attempts allowed, waiting to be redelivered',
      registers: [this.registry],
      async collect() {
        this.reset();
        const counted = await figures();
        if (counted) this.set(counted.dead);
      },
    });
    new Counter({
      name: 'stor_webhook_delivery_attempts_total',
      help: "This process's attempts at webhook deliveries, by outcome (delivered: a 2xx; failed: anything else)",
      labelNames: ['outcome'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc({ outcome: 'delivered' }, tally.attempts.delivered);
        this.inc({ outcome: 'failed' }, tally.attempts.failed);
      },
    });
    new Counter({
      name: 'stor_webhook_dead_lettered_total',
      help: 'Webhook deliveries this process dead-lettered',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(tally.deadLettered);
      },
    });
  }

  observe(method: string, route: string, status: number, seconds: number, signedIn = false): void {
    this.requests.inc({ method, route, status: String(status) });
    if (status >= 400 && status < 500) this.refusals.inc({ status: String(status), who: signedIn ? 'signed-in' : 'anonymous' });
    this.durations.observe({ method, route }, seconds);
  }
}
