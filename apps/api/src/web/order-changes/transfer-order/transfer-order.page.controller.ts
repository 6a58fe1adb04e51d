import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OrderId } from '#domain';
import { FORCES } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import { transferOrderCommand } from '../../../orders/transfer-order/transfer-order.command.js';
import { TransferOrderRequest } from '../../../orders/transfer-order/transfer-order.request.dto.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

const FORM: ChangeForm = {
  template: 'order-changes/transfer-order/transfer-order.njk',
  title: 'Transfer to another force',
  path: 'transfer',
  labels: { toForce: 'Force' },
  fieldFor: formFields('toForce', ['transferredOn']),
};

/** Management of the order moves to another force; the previous owner keeps read access (R39). */
@ApiExcludeController()
@Controller('orders')
export class TransferOrderPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/transfer')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    return this.forms.page(FORM, order, { toForce: '', transferredOn: {} }, {}, 200, undefined, { forces: forceChoices(order.owningForce) });
  }

  @Post(':orderId/transfer')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const toForce = text(body.toForce).slice(0, 100);
    const { value, errors, typed } = await checkedForm(TransferOrderRequest, body, { transferredOn: 'Date of the transfer' }, ({ transferredOn }) => ({ toForce, transferredOn }), FORM);
    if (!toForce) errors.toForce = 'Select the force that manages the order from now on';
    const values = { toForce, transferredOn: typed.transferredOn };
    const extra = { forces: forceChoices(order.owningForce) };
    if (Object.keys(errors).length) return this.forms.page(FORM, order, values, errors, 400, formVersion(body, order.version), extra);
    return this.forms.record(request, principal, FORM, order, body, transferOrderCommand(orderId, value), 'transfer', values, extra);
  }
}

function forceChoices(owner: string) {
  return FORCES.filter((force) => force.code !== owner).map((force) => ({ value: force.code, text: force.name }));
}
