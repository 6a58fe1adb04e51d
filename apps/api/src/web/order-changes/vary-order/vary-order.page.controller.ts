import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FOREIGN_TRAVEL_SCOPES, type OrderId } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import { varyOrderCommand } from '../../../orders/vary-order/vary-order.command.js';
import { VaryOrderRequest } from '../../../orders/vary-order/vary-order.request.dto.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { FOREIGN_TRAVEL_WORDS } from '../../rendering/plain-words.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, listOf, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

/** New prohibitions one variation form offers; a court adding more is recorded twice or through the API. */
export const NEW_PROHIBITION_ROWS = 3;
const ROWS = Array.from({ length: NEW_PROHIBITION_ROWS }, (_, row) => row);
const untilOf = (row: number) => `addProhibitions-${row}-until`;

const travelFields = (row: number): Record<string, string> => {
  const travel = `addProhibitions-${row}-foreignTravel`;
  // Each country's error sits on the countries box; the ban as a whole (R11) too.
  return { [`${travel}-scope`]: `${travel}-scope`, [`${travel}-countries`]: `${travel}-countries`, [travel]: `${travel}-countries` };
};

const fieldOf = formFields('court', ['variedOn', ...ROWS.map(untilOf)], { removeProhibitionIds: 'removeProhibitionIds', ...Object.assign({}, ...ROWS.map(travelFields)) });

const FORM: ChangeForm = {
  template: 'order-changes/vary-order/vary-order.njk',
  title: 'Record a variation',
  path: 'variations',
  labels: { court: 'Court', ...Object.fromEntries(ROWS.map((row) => [`addProhibitions-${row}-text`, `New prohibition ${row + 1}`])) },
  // A refusal about the added prohibitions as a whole sits against the first of them.
  fieldFor: (field) => (field === 'addProhibitions' ? 'addProhibitions-0-text' : fieldOf(field)),
};

/** A court varied the order: prohibitions removed, added (owning force; R9-R11, R21). */
@ApiExcludeController()
@Controller('orders')
export class VaryOrderPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/variations')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    const values = { court: order.court, variedOn: {}, removeProhibitionIds: [], added: ROWS.map(() => ({ text: '', until: {}, scope: '', countries: '' })) };
    return this.forms.page(FORM, order, values, {}, 200, undefined, choices(order));
  }

  @Post(':orderId/variations')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const court = text(body.court).trim();
    const removeProhibitionIds = listOf(body.removeProhibitionIds);
    const texts = ROWS.map((row) => text(body[`addProhibitions-${row}-text`]).trim());
    const scopes = ROWS.map((row) => text(body[`addProhibitions-${row}-foreignTravel-scope`]).trim().slice(0, 50));
    const countries = ROWS.map((row) => text(body[`addProhibitions-${row}-foreignTravel-countries`]).slice(0, 1000));
    const travel = ROWS.map((row) => (scopes[row] ? { foreignTravel: { scope: scopes[row], countries: countryCodes(countries[row]) } } : {}));
    const dates = Object.fromEntries([['variedOn', 'Date of the variation'], ...ROWS.map((row) => [untilOf(row), { label: `End date of new prohibition ${row + 1}`, optional: true }])]);
    const { value, errors, typed } = await checkedForm(VaryOrderRequest, body, dates, (assembled) => {
      // Rows up to the last one used: a row left empty between two used ones is an error against it, not skipped.
      const used = ROWS.filter((row) => texts[row] || assembled[untilOf(row)]);
      const last = used.length ? Math.max(...used) : -1;
      const addProhibitions = ROWS.filter((row) => row <= last).map((row) => ({ text: texts[row], until: assembled[untilOf(row)] ?? null, ...travel[row] }));
      return { court, variedOn: assembled.variedOn, removeProhibitionIds, addProhibitions };
    }, FORM);
    const values = {
      court,
      variedOn: typed.variedOn,
      removeProhibitionIds,
      added: ROWS.map((row) => ({ text: texts[row], until: typed[untilOf(row)], scope: scopes[row], countries: countries[row] })),
    };
    if (Object.keys(errors).length) return this.forms.page(FORM, order, values, errors, 400, formVersion(body, order.version), choices(order));
    return this.forms.record(request, principal, FORM, order, body, varyOrderCommand(orderId, value), 'variation', values, choices(order));
  }
}

function choices(order: { prohibitions: { prohibitionId: string; text: string; status: string }[] }) {
  return {
    prohibitionChoices: order.prohibitions.filter((p) => p.status === 'in-force').map((p) => ({ value: p.prohibitionId, text: p.text })),
    rows: ROWS,
    travelScopes: [{ value: '', text: 'Not a travel prohibition' }, ...FOREIGN_TRAVEL_SCOPES.map((scope) => ({ value: scope, text: FOREIGN_TRAVEL_WORDS[scope] }))],
  };
}

/** "FR, ro pl" as the API's list of two-letter codes (the request class checks each). */
function countryCodes(typed: string): string[] {
  return typed.toUpperCase().split(/[\s,;]+/).filter(Boolean).slice(0, 251);
}
