import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OrderId } from '#domain';
import { FORCES } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import { recordNotificationCommand } from '../../../orders/record-notification/record-notification.command.js';
import { RecordNotificationRequest } from '../../../orders/record-notification/record-notification.request.dto.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { linesOf, text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

const FORM: ChangeForm = {
  template: 'order-changes/record-notification/record-notification.njk',
  title: 'Record a notification',
  path: 'notifications',
  labels: { names: 'Names', 'address-line1': 'Home address', 'address-postcode': 'Postcode', 'address-force': 'Force area of the address' },
  fieldFor: formFields('notifiedOn-day', ['notifiedOn', 'changedOn'], { names: 'names' }),
};


/** The subject's notification of their names and home address, received at any force (R16-R18). */
@ApiExcludeController()
@Controller('orders')
export class RecordNotificationPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/notifications')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    const names = [order.subject.forenames + ' ' + order.subject.surname, ...order.subject.aliases.map((alias) => `${alias.forenames} ${alias.surname}`)].join('\n');
    return this.forms.page(FORM, order, { notifiedOn: {}, changedOn: {}, names, address: { force: principal.force } }, {}, 200, undefined, { forces: forceChoices() });
  }

  @Post(':orderId/notifications')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const typedNames = text(body.names).slice(0, 12_000);
    const address = { line1: text(body['address-line1']).trim(), postcode: text(body['address-postcode']).trim(), force: text(body['address-force']).slice(0, 100) };
    const { value, errors, typed } = await checkedForm(
      RecordNotificationRequest,
      body,
      { notifiedOn: 'Date the subject notified', changedOn: { label: 'Date of the change', optional: true } },
      ({ notifiedOn, changedOn }) => ({ notifiedOn, ...(changedOn ? { changedOn } : {}), names: linesOf(typedNames, 51), address }),
      FORM,
    );
    if (!linesOf(typedNames, 51).length) errors.names ??= 'Enter every name the subject uses, one on each line';
    const values = { notifiedOn: typed.notifiedOn, changedOn: typed.changedOn, names: typedNames, address };
    const extra = { forces: forceChoices() };
    if (Object.keys(errors).length) return this.forms.page(FORM, order, values, errors, 400, formVersion(body, order.version), extra);
    return this.forms.record(request, principal, FORM, order, body, recordNotificationCommand(orderId, value), 'notification', values, extra);
  }
}

function forceChoices() {
  return FORCES.map((force) => ({ value: force.code, text: force.name }));
}
