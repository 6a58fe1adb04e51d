import { randomUUID } from 'node:crypto';
import { Injectable, type Type } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type OrderId, RuleViolation } from '#domain';
import type { Principal } from '#identity';
import { HandleOrderCommand, type OrderCommandAsSent, type RequestContext, VersionMismatch } from '#orders';
import { Clock } from '#platform';
import { type OrderAsAtView, OrderReads } from '../../orders/get-order/order-reads.js';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { isoDateFrom, type TypedDate, typedDate } from '../forms/date-field.js';
import type { FormBody } from '../forms/form-bodies.js';
import { formState, pageCommandContext } from '../forms/page-command.js';
import { type FieldErrors, fieldErrorsFrom, fieldErrorsView, fieldId, type QueryValue } from '../forms/form-fields.js';
import { validatedForm } from '../forms/validated-form.js';
import { PageView, SeeOther } from '../rendering/page-view.js';
import type { PageRequest } from '../session/page-access.guard.js';
import { ruleRefusalErrors } from '../forms/refusals.js';
import { inFormWords } from '../forms/validation-words.js';

/** One change form of the order: its template, its title, and which form field a command's field is. */
export interface ChangeForm {
  template: string;
  title: string;
  /** The form's path under the order, e.g. 'breaches', to reload it from. */
  path: string;
  /** A command's field (e.g. 'consent', 'prohibitions[0].until') as the form's field id; the first field otherwise. */
  fieldFor: (commandField: string | undefined) => string;
  /** What the form calls a field (by its form id), to name it in the request class's messages. */
  labels?: Record<string, string>;
}

/**
 * Which form field a command's field is: a date's first box (`variedOn` → `variedOn-day`), a
 * group's own id for anything inside it (`consent.subject` → `consent`), or the field's id.
 */
export function formFields(first: string, dates: readonly string[], groups: Record<string, string> = {}): (field: string | undefined) => string {
  return (field) => {
    if (!field || field === 'body') return first;
    const id = fieldId(field);
    if (dates.includes(id)) return `${id}-day`;
    for (const [prefix, group] of Object.entries(groups)) if (id === prefix || id.startsWith(`${prefix}-`)) return group;
    return id;
  };
}

/**
 * The shell every change form of an order shares: shown with the order's version and a new
 * idempotency key; posted through the same command bus as the API (If-Match from the version, so a
 * stale form is told so; the key, so a double submit records once); a rule's refusal shown in words
 * against its field. Everything else (not permitted, no such order) is an error page.
 */
@Injectable()
export class OrderChangeForms {
  constructor(
    private readonly reads: OrderReads,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  /** The order as it is today, for a form to show and check against. */
  order(orderId: OrderId, principal: Principal): Promise<OrderAsAtView> {
    return this.reads.asAt(orderId, this.clock.today(), principal);
  }

  page(form: ChangeForm, order: OrderAsAtView, values: Record<string, unknown>, errors: FieldErrors = {}, status = 200, version?: number, extra: Record<string, unknown> = {}): PageView {
    return new PageView(
      form.template,
      {
        title: form.title,
        order,
        values,
        version: version ?? order.version,
        // A new key for each form shown: after a refusal nothing was recorded, so the corrected form is a new request.
        idempotencyKey: randomUUID(),
        ...fieldErrorsView(errors),
        ...extra,
      },
      status,
      { orderId: order.orderId, subjectIds: [order.subject.subjectId] },
    );
  }

  /** Records the change, or shows the form again with why not. */
  async record(
    request: PageRequest,
    principal: Principal,
    form: ChangeForm,
    order: OrderAsAtView,
    body: FormBody,
    /** The order's command, or what to send on the bus for another stream's (a subject's correction). */
    command: OrderCommandAsSent | ((context: RequestContext) => object),
    recorded: string,
    values: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): Promise<PageView | SeeOther> {
    const state = formState(body, order.version);
    const context = pageCommandContext(request, principal, state);
    try {
      const outcome = await this.commands.execute<object, { position?: unknown }>(typeof command === 'function' ? command(context) : new HandleOrderCommand(command, context));
      // The order page waits for the register to reach this position, so the user sees what they recorded.
      const position = typeof outcome?.position === 'number' ? `&position=${outcome.position}` : '';
      return new SeeOther(`/orders/${order.orderId}?recorded=${recorded}${position}`);
    } catch (error) {
      if (error instanceof VersionMismatch) {
        const view = this.page(form, order, values, {}, 409, state.version, extra);
        const changed = error.stream === 'subject' ? 'This person’s record' : 'This order';
        view.data.errorList = [{ text: `${changed} has changed since you opened the form. Reload the form to see the order as it is now, then enter the change again.`, href: `/orders/${order.orderId}/${form.path}` }];
        return view;
      }
      if (error instanceof RuleViolation) return this.page(form, order, values, ruleRefusalErrors(error, form.fieldFor), 422, state.version, extra);
      if (error instanceof InvalidRequest) return this.page(form, order, values, invalidErrors(error, form), 400, state.version, extra);
      throw error;
    }
  }
}

/** Input the edge refused while recording (an identifier that does not check out) against its field. */
function invalidErrors(error: InvalidRequest, form: ChangeForm): FieldErrors {
  return inFormWords(fieldErrorsFrom(error.errors, form.fieldFor(undefined)), form.fieldFor, (formField) => form.labels?.[formField]);
}

/**
 * A change form's values checked as the API checks its body: the date boxes assembled first (each
 * date's error against its first box), then the API's request class; errors keyed by form field.
 */
export async function checkedForm<T extends object>(
  type: Type<T>,
  body: FormBody,
  dates: Record<string, string | { label: string; optional: true }>,
  values: (dates: Record<string, string | undefined>) => Record<string, unknown>,
  form: ChangeForm,
): Promise<{ value: T; errors: FieldErrors; typed: Record<string, TypedDate> }> {
  const errors: FieldErrors = {};
  const assembled: Record<string, string | undefined> = {};
  const typed: Record<string, TypedDate> = {};
  for (const [name, given] of Object.entries(dates)) {
    const label = typeof given === 'string' ? given : given.label;
    typed[name] = typedDate(body, name);
    const date = isoDateFrom(typed[name], label);
    if ('error' in date) errors[`${name}-day`] = date.error;
    else if (date.date) assembled[name] = date.date;
    else if (typeof given === 'string') errors[`${name}-day`] = `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  }
  const checked = await validatedForm(type, values(assembled), form.fieldFor(undefined));
  // A date's own error (a box left empty) stands before the request class's message about it.
  for (const [field, message] of Object.entries(inFormWords(checked.errors, form.fieldFor, (formField) => form.labels?.[formField]))) errors[field] ??= message;
  return { value: checked.value, errors, typed };
}

/** A repeated field (checkboxes) as a bounded list. */
export function listOf(value: QueryValue, most = 100): string[] {
  return (Array.isArray(value) ? value : value ? [value] : []).slice(0, most).map((item) => item.slice(0, 200));
}

