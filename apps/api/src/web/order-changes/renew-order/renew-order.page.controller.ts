import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OrderId } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import type { OrderAsAtView } from '../../../orders/get-order/order-reads.js';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import { renewOrderCommand } from '../../../orders/renew-order/renew-order.command.js';
import { RenewOrderRequest } from '../../../orders/renew-order/renew-order.request.dto.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

/** A form shows at most this many prohibitions to renew (each is three boxes; a form has a field limit). */
const MOST_RENEWABLE = 50;
const untilOf = (row: number) => `renew-${row}-until`;

/** The form, its command's `prohibitions[i]` pointing at the row of the prohibition it renews. */
function formFor(rowOfRenewal: number[]): ChangeForm {
  const rows = Array.from({ length: MOST_RENEWABLE }, (_, row) => untilOf(row));
  const fieldOf = formFields('court', ['renewedOn', ...rows]);
  return {
    template: 'order-changes/renew-order/renew-order.njk',
    title: 'Record a renewal',
    path: 'renewals',
    labels: { court: 'Court' },
    fieldFor: (field) => {
      const renewal = /^prohibitions\[(\d+)\]/.exec(field ?? '');
      if (renewal) return `${untilOf(rowOfRenewal[Number(renewal[1])] ?? 0)}-day`;
      return field === 'prohibitions' ? `${untilOf(0)}-day` : fieldOf(field);
    },
  };
}

/** A court renewed prohibitions: each given a new last day (owning force; R11, R21). */
@ApiExcludeController()
@Controller('orders')
export class RenewOrderPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/renewals')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    const renewable = renewableOf(order);
    return this.forms.page(formFor([]), order, { court: order.court, renewedOn: {}, until: renewable.map(() => ({})), furtherOrder: [] }, {}, 200, undefined, { renewable });
  }

  @Post(':orderId/renewals')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const renewable = renewableOf(order);
    const court = text(body.court).trim();
    const furtherOrder = renewable.map((_, row) => text(body[`renew-${row}-furtherOrder`]) === 'yes');
    const dates = Object.fromEntries([['renewedOn', 'Date of the renewal'], ...renewable.map((p, row) => [untilOf(row), { label: `New last day of “${p.text.slice(0, 60)}”`, optional: true }])]);
    let rowOfRenewal: number[] = [];
    const form = { ...formFor([]), fieldFor: (field: string | undefined) => formFor(rowOfRenewal).fieldFor(field) };
    const { value, errors, typed } = await checkedForm(RenewOrderRequest, body, dates, (assembled) => {
      // Renewed "until further order" is a renewal with no last day (R9, R10; never a travel ban, R11).
      rowOfRenewal = renewable.map((_, row) => row).filter((row) => assembled[untilOf(row)] || furtherOrder[row]);
      return {
        court,
        renewedOn: assembled.renewedOn,
        prohibitions: rowOfRenewal.map((row) => ({ prohibitionId: renewable[row].prohibitionId, until: furtherOrder[row] ? null : assembled[untilOf(row)] })),
      };
    }, form);
    if (!rowOfRenewal.length && !Object.keys(errors).some((field) => field.startsWith('renew-'))) errors[`${untilOf(0)}-day`] = 'Enter the new last day of at least one prohibition, or tick until further order';
    renewable.forEach((_, row) => {
      if (furtherOrder[row] && typed[untilOf(row)] && Object.values(typed[untilOf(row)]).some(Boolean)) errors[`${untilOf(row)}-day`] ??= 'Enter a new last day or tick until further order, not both';
    });
    const values = { court, renewedOn: typed.renewedOn, until: renewable.map((_, row) => typed[untilOf(row)]), furtherOrder };
    if (Object.keys(errors).length) return this.forms.page(form, order, values, errors, 400, formVersion(body, order.version), { renewable });
    return this.forms.record(request, principal, form, order, body, renewOrderCommand(orderId, value), 'renewal', values, { renewable });
  }
}

function renewableOf(order: OrderAsAtView) {
  return order.prohibitions.filter((p) => p.status === 'in-force').slice(0, MOST_RENEWABLE);
}
