import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { type BreachOutcome, type IsoDate, ORDER_TYPES, type OrderType, orderTypeLabel } from '#domain';
import { forceByCode, FORCES } from '#forces';
import type { Principal } from '#identity';
import { Clock } from '#platform';
import {
  type BreachStatisticsKey,
  BreachStatisticsQuery,
  type BreachStatisticsRow,
  NO_OUTCOME_YET,
  OrderStatisticsQuery,
  type StatisticsKey,
  type StatisticsRow,
} from '#register';
import { readableForces } from '../access/scope.js';

/** Whose figures are counted: every force's, or a ROCU's region's. */
export type FiguresScope = { national: true } | { region: string };

export interface OrderStatistics {
  by: StatisticsKey;
  asAt: IsoDate;
  /** Whose orders are counted: every force's, or a ROCU's region's (by the force that obtained them). */
  scope: FiguresScope;
  /**
   * One row for every force, type or year, one with no order included: a zero is an answer too. By
   * `year-type-force`, one row for each year, type and force with an order (key `2025|STPO|kent`).
   */
  rows: (StatisticsRow & { label: string; year?: string; type?: string; force?: string })[];
  totals: Omit<StatisticsRow, 'key'>;
}

export interface BreachStatistics {
  by: BreachStatisticsKey;
  asAt: IsoDate;
  /** Whose breaches are counted: every force's, or those that happened in a ROCU's region. */
  scope: FiguresScope;
  /** By outcome: every outcome and "none yet"; by force: every force in scope. Zeros included. */
  rows: (BreachStatisticsRow & { label: string })[];
  totals: Omit<BreachStatisticsRow, 'key'>;
}

/** What became of a breach, in words; the latest outcome recorded is the one counted. */
const OUTCOME_LABELS: Record<BreachOutcome | typeof NO_OUTCOME_YET, string> = {
  [NO_OUTCOME_YET]: 'No outcome recorded yet',
  charged: 'Charged, not yet decided',
  convicted: 'Convicted',
  acquitted: 'Acquitted',
  cautioned: 'Cautioned',
  'no-further-action': 'No further action',
};

/**
 * The national figures as GET /api/stats and the statistics pages give them: one place that scopes
 * them to what the user may see (readableForces), fills in the zeros and labels each row.
 */
@Injectable()
export class NationalFigures {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async orders(by: StatisticsKey, principal: Principal): Promise<OrderStatistics> {
    const today = this.clock.today();
    const forces = readableForces(principal);
    const counted = await this.queries.execute<OrderStatisticsQuery, StatisticsRow[]>(new OrderStatisticsQuery(by, forces, today));
    const rows =
      by === 'year-type-force'
        ? counted.map((row) => crossTabRow(row))
        : everyKey(by, forces, counted, today).map((key) => ({ ...(counted.find((row) => row.key === key) ?? { key, made: 0, active: 0, breaches: 0 }), label: labelOf(by, key) }));
    const totals = rows.reduce((sum, row) => ({ made: sum.made + row.made, active: sum.active + row.active, breaches: sum.breaches + row.breaches }), { made: 0, active: 0, breaches: 0 });
    return { by, asAt: today, scope: scopeOf(principal, forces), rows, totals };
  }

  async breaches(by: BreachStatisticsKey, principal: Principal): Promise<BreachStatistics> {
    const today = this.clock.today();
    const forces = readableForces(principal);
    const counted = await this.queries.execute<BreachStatisticsQuery, BreachStatisticsRow[]>(new BreachStatisticsQuery(by, forces, today));
    const keys = by === 'outcome' ? Object.keys(OUTCOME_LABELS) : everyForce(forces);
    const rows = keys.map((key) => ({
      ...(counted.find((row) => row.key === key) ?? { key, breaches: 0, lastTwelveMonths: 0 }),
      label: by === 'outcome' ? (OUTCOME_LABELS[key as keyof typeof OUTCOME_LABELS] ?? key) : (forceByCode(key)?.name ?? key),
    }));
    const totals = rows.reduce((sum, row) => ({ breaches: sum.breaches + row.breaches, lastTwelveMonths: sum.lastTwelveMonths + row.lastTwelveMonths }), { breaches: 0, lastTwelveMonths: 0 });
    return { by, asAt: today, scope: scopeOf(principal, forces), rows, totals };
  }
}

/** The forces whose figures a user sees, in the register's order: every force, or a ROCU's region's. */
export function forcesInScope(principal: Principal): string[] {
  return everyForce(readableForces(principal));
}

function everyForce(forces: readonly string[] | null): string[] {
  return [...(forces ?? FORCES.map((force) => force.code))];
}

function scopeOf(principal: Principal, forces: readonly string[] | null): FiguresScope {
  return forces === null ? { national: true } : { region: principal.region ?? '' };
}

/** The keys a reader expects to see: every force in scope, every type, every year from the first order to this one. */
function everyKey(by: StatisticsKey, forces: readonly string[] | null, counted: readonly StatisticsRow[], today: IsoDate): string[] {
  if (by === 'force') return everyForce(forces);
  if (by === 'type') return [...ORDER_TYPES];
  const years = counted.map((row) => Number(row.key));
  const last = Number(today.slice(0, 4));
  const first = Math.min(last, ...years);
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}

function labelOf(by: StatisticsKey, key: string): string {
  if (by === 'force') return forceByCode(key)?.name ?? key;
  if (by === 'type') return orderTypeLabel(key as OrderType);
  return key;
}

function crossTabRow(row: StatisticsRow): OrderStatistics['rows'][number] {
  const [year, type, force] = row.key.split('|');
  return { ...row, year, type, force, label: `${year}, ${orderTypeLabel(type as OrderType)}, ${forceByCode(force)?.name ?? force}` };
}
