import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type OrderId, PASSPORTS_RETURNED_TO } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import { recordPassportReturnCommand } from '../../../orders/passports/record-passport-return.command.js';
import { recordPassportSurrenderCommand } from '../../../orders/passports/record-passport-surrender.command.js';
import { PassportReturnRequest, PassportSurrenderRequest } from '../../../orders/passports/passports.request.dto.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { linesOf, text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, listOf, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

const SURRENDER: ChangeForm = {
  template: 'order-changes/passports/surrender-passports.njk',
  title: 'Record passports surrendered',
  path: 'passports/surrendered',
  labels: { passports: 'Passports' },
  fieldFor: formFields('surrenderedOn-day', ['surrenderedOn'], { passports: 'passports' }),
};

const RETURN: ChangeForm = {
  template: 'order-changes/passports/return-passports.njk',
  title: 'Record passports returned',
  path: 'passports/returned',
  labels: { passports: 'Passports', returnedTo: 'Returned' },
  fieldFor: formFields('returnedOn-day', ['returnedOn'], { passports: 'passports' }),
};

const RETURNED_TO_WORDS: Record<string, string> = { subject: 'To the subject', 'issuing-authority': 'To the state or organisation that issued it' };


/** Passports surrendered under an all-countries travel ban, and returned once none is in force (R12). */
@ApiExcludeController()
@Controller('orders')
export class PassportsPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/passports/surrendered')
  @Page('order-manager')
  async surrenderForm(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    return this.forms.page(SURRENDER, await this.forms.order(orderId, principal), { surrenderedOn: {}, passports: '' });
  }

  @Post(':orderId/passports/surrendered')
  @Page('order-manager')
  async surrender(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const typedPassports = text(body.passports).slice(0, 2_000);
    const { value, errors, typed } = await checkedForm(PassportSurrenderRequest, body, { surrenderedOn: 'Date of the surrender' }, ({ surrenderedOn }) => ({ surrenderedOn, passports: linesOf(typedPassports, 21) }), SURRENDER);
    const values = { surrenderedOn: typed.surrenderedOn, passports: typedPassports };
    if (Object.keys(errors).length) return this.forms.page(SURRENDER, order, values, errors, 400, formVersion(body, order.version));
    return this.forms.record(request, principal, SURRENDER, order, body, recordPassportSurrenderCommand(orderId, value), 'passports-surrendered', values);
  }

  @Get(':orderId/passports/returned')
  @Page('order-manager')
  async returnForm(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    return this.forms.page(RETURN, order, { returnedOn: {}, passports: [], returnedTo: 'subject' }, {}, 200, undefined, choices());
  }

  @Post(':orderId/passports/returned')
  @Page('order-manager')
  async giveBack(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const passports = listOf(body.passports, 20);
    const returnedTo = text(body.returnedTo).slice(0, 50);
    const { value, errors, typed } = await checkedForm(PassportReturnRequest, body, { returnedOn: 'Date of the return' }, ({ returnedOn }) => ({ returnedOn, passports, ...(returnedTo ? { returnedTo } : {}) }), RETURN);
    const values = { returnedOn: typed.returnedOn, passports, returnedTo };
    if (Object.keys(errors).length) return this.forms.page(RETURN, order, values, errors, 400, formVersion(body, order.version), choices());
    return this.forms.record(request, principal, RETURN, order, body, recordPassportReturnCommand(orderId, value), 'passports-returned', values, choices());
  }
}

function choices() {
  return { returnedToChoices: PASSPORTS_RETURNED_TO.map((value) => ({ value, text: RETURNED_TO_WORDS[value] ?? value })) };
}
