import { Controller, ForbiddenException, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { compareDates, type IsoDate, type OrderId, type SubjectId } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import { Clock } from '#platform';
import { GetSubjectQuery, type HistoryEntry, lastDayOf, type SubjectView } from '#register';
import { type OrderAsAtView, OrderReads } from '../../orders/get-order/order-reads.js';
import { OrderHistories } from '../../orders/order-history/order-histories.js';
import { OrderIdPipe } from '../../orders/order-id.pipe.js';
import { ReadYourWrites } from '../../consistency/read-your-writes.js';
import { boxesOf, isoDateFrom } from '../forms/date-field.js';
import { fieldErrorsView, type QueryValue, text } from '../forms/form-fields.js';
import { PageView, SeeOther } from '../rendering/page-view.js';
import { Page } from '../session/page-access.js';
import { changesOpenTo } from './order-actions.js';
import { orderStatusTag, prohibitionStatusWords } from './order-status-words.js';
import { recordedByWords, timelineSentence } from './timeline-sentences.js';

const READERS = ['officer', 'order-manager', 'rocu', 'national'] as const;
const HISTORY_READERS = new Set(['order-manager', 'rocu', 'national']);

/** What the banner says after a change form, by the `recorded` it redirected with. */
const RECORDED_WORDS: Record<string, string> = {
  breach: 'Breach recorded',
  'breach-outcome': 'Breach outcome recorded',
  notification: 'Notification recorded',
  variation: 'Variation recorded',
  renewal: 'Renewal recorded',
  discharge: 'Discharge recorded',
  appeal: 'Appeal recorded',
  'appeal-outcome': 'Appeal outcome recorded',
  transfer: 'Transfer recorded',
  correction: 'Correction recorded',
  'subject-correction': 'The subject’s particulars are corrected',
  'passports-surrendered': 'Passports surrendered recorded',
  'passports-returned': 'Passports returned recorded',
};

type QueryParameters = Record<string, QueryValue>;

/**
 * An order as its managers and officers read it: status, subject, prohibitions, breaches, the
 * timeline of every event, and the order as it stood on any day since it was made.
 */
@ApiExcludeController()
@Controller('orders')
export class OrderPageController {
  constructor(
    private readonly reads: OrderReads,
    private readonly histories: OrderHistories,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get(':orderId')
  @Page(...READERS)
  async show(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal, @Query() query: QueryParameters): Promise<PageView | SeeOther> {
    // After a change form: the register's view (the subject) waits until it has the change.
    // A repeated parameter is read as its first value, like a form's field.
    const asked = (name: string): string => text(query[name]).slice(0, 50);
    await this.consistency.reach(asked('position') || undefined);
    const today = this.clock.today();
    const current = await this.reads.asAt(orderId, today, principal);
    const wanted = asked('asAt') ? isoDateFrom(boxesOf(asked('asAt')), 'The date') : { date: '' as const };
    let asAtError = 'error' in wanted ? wanted.error : null;
    let asAt: IsoDate | null = 'date' in wanted && wanted.date ? wanted.date : null;
    if (asAt && compareDates(asAt, current.madeOn) < 0) {
      asAtError = `The order was made on ${current.madeOn.split('-').reverse().join('/')}: choose that day or later`;
      asAt = null;
    }
    if (asAt && compareDates(asAt, today) > 0) {
      asAtError = 'The date must be today or in the past';
      asAt = null;
    }
    const order = asAt ? await this.reads.asAt(orderId, asAt, principal) : current;
    if (!asAt) order.subject = { ...order.subject, ...(await this.subjectNow(order.subject.subjectId)) };
    const timeline = await this.timeline(orderId, principal);
    return new PageView(
      'order/order.njk',
      {
        title: `${order.subject.forenames} ${order.subject.surname}: order`,
        order: pageOrder(order),
        asAt,
        // The date field shows what was asked, even a day refused; a browser's date field sends YYYY-MM-DD.
        asAtValue: asAt ?? asked('asAt'),
        ...fieldErrorsView(asAtError ? { asAt: asAtError } : {}),
        recorded: Object.hasOwn(RECORDED_WORDS, asked('recorded')) ? RECORDED_WORDS[asked('recorded')] : null,
        timeline,
        actions: asAt ? [] : changesOpenTo(principal, current),
        manages: !asAt && principal.role === 'order-manager' && principal.force === current.owningForce,
      },
      asAtError ? 400 : 200,
      { orderId, subjectIds: [order.subject.subjectId] },
    );
  }

  /** The subject as the register knows them now: a correction of their particulars applies to every order. */
  private async subjectNow(subjectId: SubjectId) {
    const found = await this.queries.execute<GetSubjectQuery, SubjectView | null>(new GetSubjectQuery(subjectId, this.clock.today()));
    if (!found) return {};
    const { forenames, surname, dateOfBirth, pncId, croNumber, aliases } = found;
    return { forenames, surname, dateOfBirth, pncId, croNumber, aliases } as Partial<OrderAsAtView['subject']>;
  }

  private async timeline(orderId: OrderId, principal: Principal): Promise<{ open: boolean; events: { sentence: string; recordedAt: string; by: string }[] }> {
    if (!HISTORY_READERS.has(principal.role)) return { open: false, events: [] };
    let events: HistoryEntry[];
    try {
      events = await this.histories.read(orderId, principal);
    } catch (error) {
      if (error instanceof ForbiddenException) return { open: false, events: [] };
      throw error;
    }
    return { open: true, events: events.map((event) => ({ sentence: timelineSentence(event), recordedAt: event.recordedAt, by: recordedByWords(event.recordedBy) })).reverse() };
  }
}


function pageOrder(order: OrderAsAtView) {
  const prohibitions = order.prohibitions.map((p) => ({ ...p, statusWords: prohibitionStatusWords(p.status) }));
  return {
    ...order,
    statusTag: orderStatusTag(order.status),
    expiresOn: lastDayOf(order.prohibitions.filter((p) => p.status === 'in-force')),
    inForce: prohibitions.filter((p) => p.status === 'in-force' || p.status === 'not-yet'),
    ended: prohibitions.filter((p) => p.status !== 'in-force' && p.status !== 'not-yet'),
    prohibitionText: Object.fromEntries(order.prohibitions.map((p) => [p.prohibitionId, p.text])),
  };
}

