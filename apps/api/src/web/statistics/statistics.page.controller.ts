import { Controller, Get, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { forceByCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { NationalFigures } from '../../statistics/national-figures.js';
import { type FieldErrors, fieldErrorsView } from '../forms/form-fields.js';
import { queryText } from '../forms/query-text.js';
import { validatedForm } from '../forms/validated-form.js';
import { PageView } from '../rendering/page-view.js';
import { regionName } from '../rendering/plain-words.js';
import { Page } from '../session/page-access.js';
import { barChartSvg } from './charts/bar-chart.js';
import { columnChartSvg } from './charts/column-chart.js';
import { DEFAULT_YEARS, StatisticsFilters } from './statistics-filters.js';
import { tileMap } from '../regions/tile-map/tile-map.js';
import { forcesWithoutOrders, madeByYearAndType, madeSince, trendSentence } from './yearly-figures.js';

/**
 * The national figures at a glance — how many orders each force obtains, whether use is rising or
 * falling, what becomes of breaches — each chart with its table and CSV. A ROCU sees its region.
 */
@ApiExcludeController()
@Controller()
export class StatisticsPageController {
  constructor(private readonly figures: NationalFigures) {}

  @Get('statistics')
  @Page('national', 'rocu')
  async show(@Query('force') forceAsked: unknown, @Query('years') yearsAsked: unknown, @CurrentPrincipal() principal: Principal): Promise<PageView> {
    const values = { force: queryText(forceAsked), years: queryText(yearsAsked) };
    const [byForce, byYear, crossTab, outcomes] = await Promise.all([
      this.figures.orders('force', principal),
      this.figures.orders('year', principal),
      this.figures.orders('year-type-force', principal),
      this.figures.breaches('outcome', principal),
    ]);
    const inScope = byForce.rows.map((row) => row.key);
    const errors = await filterErrors(values, inScope, principal);
    const force = values.force && !errors.force ? values.force : null;
    const years = values.years && !errors.years ? Number(values.years) : DEFAULT_YEARS;
    // The day the figures were counted on, not a second read of the clock.
    const thisYear = Number(byForce.asAt.slice(0, 4));
    const yearKeys = byYear.rows.map((row) => row.key);
    const perYear = madeByYearAndType(crossTab.rows, yearKeys, force);
    const whose = force ? (forceByCode(force)?.name ?? force) : 'region' in byForce.scope ? `the forces of ${regionName(byForce.scope.region)}` : 'all forces';
    const lately = {
      title: `Orders obtained from ${thisYear - years + 1} to ${thisYear}, by force`,
      counts: madeSince(crossTab.rows, inScope, thisYear - years + 1),
      measure: `orders obtained from ${thisYear - years + 1} to ${thisYear}`,
      hrefOf: (code: string) => `/statistics?force=${code}&years=${years}#orders-by-year`,
    };
    const latelyMap = tileMap(lately, 'lately-map');
    const sorted = [...byForce.rows].sort((a, b) => b.made - a.made || a.label.localeCompare(b.label));
    return new PageView(
      'statistics/statistics.njk',
      {
        title: 'region' in byForce.scope ? `Statistics: ${regionName(byForce.scope.region)}` : 'National statistics',
        scopeName: 'region' in byForce.scope ? regionName(byForce.scope.region) : null,
        asAt: byForce.asAt,
        values: { force: force ?? '', years: String(years), yearsTyped: values.years },
        ...fieldErrorsView(errors),
        totals: byForce.totals,
        breachTotals: outcomes.totals,
        trend: trendSentence(yearKeys, byYear.rows.map((row) => row.made), thisYear),
        forceChoices: [{ value: '', text: 'All forces' }, ...byForce.rows.map((row) => ({ value: row.key, text: row.label, selected: row.key === force }))],
        perYear,
        perYearChart: columnChartSvg(
          {
            title: `Orders made each year by type, ${whose}`,
            description: `${trendSentence(yearKeys, perYear.totals, thisYear)} The table below gives each year's numbers.`,
            categories: perYear.years,
            series: perYear.types.length ? perYear.types.map((type) => ({ name: type.label, values: type.counts })) : [{ name: 'Orders', values: perYear.totals }],
          },
          'per-year',
        ),
        whose,
        byForce: byForce.rows,
        byForceChart: barChartSvg(
          {
            title: 'Orders made and in force today, by the force that obtained them',
            description: 'Forces with the most orders first. The table below gives every force.',
            series: ['Orders made', 'In force today'],
            rows: sorted.map((row) => ({ label: row.label, values: [row.made, row.active] })),
          },
          'by-force',
        ),
        outcomes: outcomes.rows,
        outcomesChart: barChartSvg(
          {
            title: 'Breaches by what last became of them',
            description: 'Each breach is counted once, under its latest outcome. The table below gives the numbers.',
            series: ['All breaches', 'In the last 12 months'],
            rows: outcomes.rows.map((row) => ({ label: row.label, values: [row.breaches, row.lastTwelveMonths] })),
          },
          'outcomes',
        ),
        sinceYear: thisYear - years + 1,
        thisYear,
        withoutOrders: forcesWithoutOrders(crossTab.rows, inScope, thisYear, years),
        forcesCounted: inScope.length,
        latelyMap: latelyMap.svg,
        latelyBands: latelyMap.bands,
        partial: latelyMap.partial,
      },
      Object.keys(errors).length ? 400 : 200,
    );
  }
}

async function filterErrors(values: { force: string; years: string }, inScope: string[], principal: Principal): Promise<FieldErrors> {
  const { errors } = await validatedForm(StatisticsFilters, { force: values.force || undefined, years: values.years || undefined }, 'force');
  if (!errors.force && values.force && !inScope.includes(values.force)) {
    errors.force = `${forceByCode(values.force)?.name ?? values.force} is not in ${principal.region ? regionName(principal.region) : 'your scope'}: choose a force from the list`;
  }
  return errors;
}
