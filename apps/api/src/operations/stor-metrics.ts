import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
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

  constructor(lag: ProjectionLagProbe, reachability: ReachabilityProbe) {
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
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(status) });
    this.durations.observe({ method, route }, seconds);
  }
}
