import { Controller, ForbiddenException, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { forcesInRegion, isRegionCode, REGIONS } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { OrderLists } from '../../orders/list-orders/order-lists.js';
import { orderStatusTag } from '../order/order-status-words.js';
import { ListOrdersRequest } from '../../orders/list-orders/list-orders.request.dto.js';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { NationalFigures } from '../../statistics/national-figures.js';
import { queryText } from '../forms/query-text.js';
import { validatedForm } from '../forms/validated-form.js';
import { PageView } from '../rendering/page-view.js';
import { regionName } from '../rendering/plain-words.js';
import { Page } from '../session/page-access.js';
import { pageNumbers } from './page-numbers.js';
import { tileMap } from './tile-map/tile-map.js';

const PAGE_SIZE = 20;
const MEASURES = {
  active: { name: 'Orders in force today', counts: 'orders in force today', basis: 'Orders are counted by the force that obtained them.' },
  breaches: { name: 'Breaches in the last 12 months', counts: 'breaches in the last 12 months', basis: 'Breaches are counted by the force where they happened.' },
} as const;
type Measure = keyof typeof MEASURES;

/**
 * The regions: for a ROCU its own region's cross-border orders and the forces as a tile map; for a
 * national user every region's page and the country's map.
 */
@ApiExcludeController()
@Controller('regions')
export class RegionsPageController {
  constructor(
    private readonly figures: NationalFigures,
    private readonly lists: OrderLists,
  ) {}

  @Get()
  @Page('national')
  async country(@Query('measure') measureAsked: unknown, @CurrentPrincipal() principal: Principal): Promise<PageView> {
    const measure = measureOf(measureAsked);
    return new PageView('regions/regions.njk', {
      title: 'Regions',
      regions: REGIONS.map((region) => ({ code: region.code, name: region.name, forces: region.forces.length })),
      ...(await this.map(measure, principal, [], '/regions')),
    });
  }

  @Get(':region')
  @Page('national', 'rocu')
  async region(@Param('region') code: string, @Query('page') pageAsked: unknown, @Query('measure') measureAsked: unknown, @CurrentPrincipal() principal: Principal): Promise<PageView> {
    if (!isRegionCode(code)) throw new NotFoundException('STOR knows no region by that name.');
    if (principal.role === 'rocu' && principal.region !== code) throw new ForbiddenException('You may see only the page of your own region.');
    const measure = measureOf(measureAsked);
    const asked = { region: code, crossBorder: 'true' as const, page: queryText(pageAsked) || '1', pageSize: String(PAGE_SIZE) };
    const { errors } = await validatedForm(ListOrdersRequest, asked, 'page');
    if (Object.keys(errors).length) throw new InvalidRequest(Object.entries(errors).map(([field, message]) => ({ field, message })));
    const orders = await this.lists.list(asked, principal);
    const pages = Math.max(1, Math.ceil(orders.total / PAGE_SIZE));
    const base = `/regions/${code}?measure=${measure}`;
    return new PageView(
      'regions/region.njk',
      {
        title: regionName(code),
        region: { code, name: regionName(code), forces: forcesInRegion(code) },
        orders: orders.orders.map((order) => ({ ...order, statusWords: orderStatusTag(order.status).text.toLowerCase() })),
        total: orders.total,
        pagination: {
          previous: orders.page > 1 ? { href: `${base}&page=${orders.page - 1}#cross-border` } : undefined,
          next: orders.page < pages ? { href: `${base}&page=${orders.page + 1}#cross-border` } : undefined,
          items: pageNumbers(orders.page, pages).map((number) =>
            number === null ? { ellipsis: true } : { number, href: `${base}&page=${number}#cross-border`, current: number === orders.page },
          ),
        },
        pageNumber: orders.page,
        pages,
        ...(await this.map(measure, principal, forcesInRegion(code), `/regions/${code}`)),
      },
      200,
      { subjectIds: orders.orders.map((order) => order.subject.subjectId) },
    );
  }

  private async map(measure: Measure, principal: Principal, highlighted: string[], here: string) {
    const counts =
      measure === 'active'
        ? Object.fromEntries((await this.figures.orders('force', principal)).rows.map((row) => [row.key, row.active]))
        : Object.fromEntries((await this.figures.breaches('force', principal)).rows.map((row) => [row.key, row.lastTwelveMonths]));
    const input = {
      title: `${MEASURES[measure].name}, by force`,
      counts,
      measure: MEASURES[measure].counts,
      hrefOf: (force: string) => `/statistics?force=${force}#orders-by-year`,
      highlighted,
    };
    const map = tileMap(input, 'tile-map');
    return {
      measure,
      measureName: MEASURES[measure].name,
      measureBasis: MEASURES[measure].basis,
      measures: Object.entries(MEASURES).map(([value, { name }]) => ({ value, text: name, checked: value === measure })),
      here,
      mapSvg: map.svg,
      bands: map.bands,
      partial: map.partial,
      highlightedNote: highlighted.length ? "The region's forces have a heavy outline." : null,
    };
  }
}

function measureOf(asked: unknown): Measure {
  return queryText(asked) === 'breaches' ? 'breaches' : 'active';
}
