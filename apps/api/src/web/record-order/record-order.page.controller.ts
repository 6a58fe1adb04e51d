import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { APPLICANT_KINDS, FOREIGN_TRAVEL_SCOPES, LEGAL_BASES, OFFENCE_JURISDICTIONS, ORDER_TYPES, QUALIFYING_OUTCOMES, type SubjectId } from '#domain';
import { FORCES } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { Clock } from '#platform';
import { GetSubjectQuery, type SubjectView } from '#register';
import { MakeOrderRequest } from '../../orders/make-order/make-order.request.dto.js';
import { OrderMaking } from '../../orders/make-order/order-making.js';
import { subjectIdFrom } from '../../validation/register-ids.js';
import { boxesOf, type TypedDate, typedDate } from '../forms/date-field.js';
import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, fieldErrorsView, text } from '../forms/form-fields.js';
import { inFormWords } from '../forms/validation-words.js';
import { formState, pageCommandContext } from '../forms/page-command.js';
import { refusalAsFormErrors } from '../forms/refusals.js';
import { validatedForm } from '../forms/validated-form.js';
import { FOREIGN_TRAVEL_WORDS, orderTypeName } from '../rendering/plain-words.js';
import { type PageAnswer, PageView, SeeOther } from '../rendering/page-view.js';
import { Page } from '../session/page-access.js';
import type { PageRequest } from '../session/page-access.guard.js';
import { APPLICANT_WORDS, JURISDICTION_WORDS, OUTCOME_WORDS } from './order-words.js';
import { ALIAS_ROWS, fieldLabel, formFieldFor, makeOrderRequestFrom, PROHIBITION_ROWS } from './order-form.js';

/**
 * Recording an order, the order manager's main journey: find the subject first (the officer's own
 * check), so a person already on the register is reused rather than registered twice; then the
 * order, one form for every kind; then a confirmation.
 */
@ApiExcludeController()
@Controller('orders/new')
export class RecordOrderPageController {
  constructor(
    private readonly making: OrderMaking,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  /** Step 2: the order's details, for the subject chosen (an id) or a new person ("new"). */
  @Get('details')
  @Page('order-manager')
  async details(@Query('subject') subject: string | undefined, @CurrentPrincipal() principal: Principal): Promise<PageView> {
    const known = await this.subjectChosen(subject);
    const prefill: FormBody = known
      ? {
          'subject.forenames': known.forenames,
          'subject.surname': known.surname,
          ...dateFields('subject.dateOfBirth', boxesOf(known.dateOfBirth)),
        }
      : {};
    return this.form({ owningForce: principal.force ?? '', ...prefill }, {}, known);
  }

  @Post()
  @Page('order-manager')
  async record(@Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const known = await this.subjectChosen(text(body.subjectId) || 'new');
    const { request: asSent, errors } = makeOrderRequestFrom(body, known?.subjectId ?? null);
    const validated = await validatedForm(MakeOrderRequest, asSent, 'type');
    const fromRequest = inFormWords(validated.errors, formFieldFor, fieldLabel);
    const all = { ...fromRequest, ...errors };
    if (Object.keys(all).length) return this.form(body, all, known);
    try {
      const outcome = await this.making.make(validated.value, pageCommandContext(request, principal, formState(body)));
      return new SeeOther(`/orders/new/recorded/${outcome.orderId}?position=${outcome.position}`);
    } catch (error) {
      const refused = refusalAsFormErrors(error, formFieldFor);
      if (!refused) throw error;
      return this.form(body, refused, known, 422);
    }
  }

  /** Step 3: the order is on the register; where to go next. */
  @Get('recorded/:orderId')
  @Page('order-manager')
  recorded(@Param('orderId') orderId: string, @Query('position') position?: string): PageView {
    const id = /^[0-9a-f-]{36}$/.test(orderId) ? orderId : null;
    if (!id) throw new NotFoundException('There is no such order.');
    const at = position && /^\d{1,15}$/.test(position) ? `?position=${position}` : '';
    return new PageView('record-order/recorded.njk', { title: 'Order recorded', orderId: id, orderLink: `/orders/${id}${at}` }, 200, { orderId: id });
  }

  private async subjectChosen(subject: string | undefined): Promise<SubjectView | null> {
    if (!subject || subject === 'new') return null;
    const subjectId = subjectIdFrom(subject);
    if (!subjectId) throw new NotFoundException('There is no such subject on the register.');
    const found = await this.queries.execute<GetSubjectQuery, SubjectView | null>(new GetSubjectQuery(subjectId as SubjectId, this.clock.today()));
    if (!found) throw new NotFoundException('There is no such subject on the register.');
    return found;
  }

  private form(values: FormBody, errors: FieldErrors, known: SubjectView | null, status = 400): PageView {
    const value = (name: string) => text(values[name]);
    return new PageView(
      'record-order/order-details.njk',
      {
        title: 'Record an order',
        known,
        value: Object.fromEntries(Object.entries(values).map(([name, v]) => [name, text(v)])),
        dates: Object.fromEntries(
          ['madeOn', 'servedOn', 'subject.dateOfBirth', 'qualifyingOffence.decidedOn', 'passportSurrender.dueOn', ...rows(PROHIBITION_ROWS, (i) => `prohibitions[${i}].until`)].map((name) => [
            name,
            typedDate(values, name),
          ]),
        ),
        ...fieldErrorsView(errors),
        idempotencyKey: text(values._idempotencyKey) || randomUUID(),
        orderTypes: ORDER_TYPES.map((type) => ({ value: type, text: orderTypeName(type), checked: value('type') === type })),
        forces: [{ value: '', text: 'Choose a force' }, ...FORCES.map((force) => ({ value: force.code, text: force.name, selected: value('owningForce') === force.code }))],
        anyForce: [{ value: '', text: 'Not applicable' }, ...FORCES.map((force) => ({ value: force.code, text: force.name }))],
        addressForces: [{ value: '', text: 'Not known' }, ...FORCES.map((force) => ({ value: force.code, text: force.name }))],
        legalBases: [{ value: '', text: 'Not recorded' }, ...LEGAL_BASES.map((basis) => ({ value: basis, text: basis }))],
        applicants: [{ value: '', text: 'Not recorded' }, ...APPLICANT_KINDS.map((kind) => ({ value: kind, text: APPLICANT_WORDS[kind] }))],
        outcomes: [{ value: '', text: 'Not recorded' }, ...QUALIFYING_OUTCOMES.map((outcome) => ({ value: outcome, text: OUTCOME_WORDS[outcome] }))],
        jurisdictions: OFFENCE_JURISDICTIONS.map((code) => ({ value: code, text: JURISDICTION_WORDS[code] })),
        travelScopes: [{ value: '', text: 'Not a travel prohibition' }, ...FOREIGN_TRAVEL_SCOPES.map((scope) => ({ value: scope, text: FOREIGN_TRAVEL_WORDS[scope] }))],
        prohibitionRows: rows(PROHIBITION_ROWS, (i) => i),
        aliasRows: rows(ALIAS_ROWS, (i) => i),
      },
      Object.keys(errors).length ? status : 200,
      known ? { subjectIds: [known.subjectId] } : {},
    );
  }
}

function rows<T>(count: number, each: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => each(index));
}

/** A date's three boxes as a form's fields, to show a form filled in. */
function dateFields(name: string, boxes: TypedDate): FormBody {
  return { [`${name}-day`]: boxes.day, [`${name}-month`]: boxes.month, [`${name}-year`]: boxes.year };
}
