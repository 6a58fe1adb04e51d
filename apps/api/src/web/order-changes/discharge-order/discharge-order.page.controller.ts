import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OrderId } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import { dischargeOrderCommand } from '../../../orders/discharge-order/discharge-order.command.js';
import { DischargeOrderRequest } from '../../../orders/discharge-order/discharge-order.request.dto.js';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, listOf, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

const FORM: ChangeForm = {
  template: 'order-changes/discharge-order/discharge-order.njk',
  title: 'Record a discharge',
  path: 'discharge',
  labels: { court: 'Court' },
  fieldFor: formFields('court', ['dischargedOn'], { consent: 'consent' }),
};

/** A court discharged the order (owning force; R22/R23: before the bar, only with both consents). */
@ApiExcludeController()
@Controller('orders')
export class DischargeOrderPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/discharge')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    return this.forms.page(FORM, order, { court: order.court, dischargedOn: {}, consent: [] });
  }

  @Post(':orderId/discharge')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const consent = listOf(body.consent, 2);
    const picked = { court: text(body.court).trim(), consent: { subject: consent.includes('subject'), chiefOfficer: consent.includes('chiefOfficer') } };
    const { value, errors, typed } = await checkedForm(DischargeOrderRequest, body, { dischargedOn: 'Date of the discharge' }, ({ dischargedOn }) => ({ ...picked, dischargedOn }), FORM);
    const values = { court: picked.court, consent, dischargedOn: typed.dischargedOn };
    if (Object.keys(errors).length) return this.forms.page(FORM, order, values, errors, 400, formVersion(body, order.version));
    return this.forms.record(request, principal, FORM, order, body, dischargeOrderCommand(orderId, value), 'discharge', values);
  }
}
