import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OrderId } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import { LodgeAppealRequest } from '../../../orders/appeals/appeal.request.dto.js';
import { lodgeAppealCommand } from '../../../orders/appeals/lodge-appeal.command.js';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

const FORM: ChangeForm = {
  template: 'order-changes/appeals/lodge-appeal.njk',
  title: 'Record an appeal',
  path: 'appeals',
  labels: { court: 'Appeal court' },
  fieldFor: formFields('court', ['lodgedOn']),
};

/** An appeal against the order; it stays in force until the appeal is decided (R30). */
@ApiExcludeController()
@Controller('orders')
export class LodgeAppealPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/appeals')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    return this.forms.page(FORM, order, { court: '', lodgedOn: {} });
  }

  @Post(':orderId/appeals')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const court = text(body.court).trim();
    const { value, errors, typed } = await checkedForm(LodgeAppealRequest, body, { lodgedOn: 'Date the appeal was lodged' }, ({ lodgedOn }) => ({ court, lodgedOn }), FORM);
    const values = { court, lodgedOn: typed.lodgedOn };
    if (Object.keys(errors).length) return this.forms.page(FORM, order, values, errors, 400, formVersion(body, order.version));
    return this.forms.record(request, principal, FORM, order, body, lodgeAppealCommand(orderId, value), 'appeal', values);
  }
}
