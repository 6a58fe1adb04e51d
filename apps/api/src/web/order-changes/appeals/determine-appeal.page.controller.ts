import { Body, Controller, Get, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APPEAL_OUTCOMES, type OrderId } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import { AppealOutcomeRequest } from '../../../orders/appeals/appeal.request.dto.js';
import { determineAppealCommand } from '../../../orders/appeals/determine-appeal.command.js';
import type { OrderAsAtView } from '../../../orders/get-order/order-reads.js';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, listOf, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

const OUTCOME_WORDS: Record<string, string> = {
  dismissed: 'Dismissed: the order stands as it was',
  quashed: 'Quashed: the order is set aside',
  varied: 'Varied: the appeal court changed the prohibitions',
};

const fieldOf = formFields('outcome', ['decidedOn', 'variation-addProhibitions-0-until'], { 'variation-removeProhibitionIds': 'variation-removeProhibitionIds' });

const FORM: ChangeForm = {
  template: 'order-changes/appeals/determine-appeal.njk',
  title: 'Record the outcome of an appeal',
  path: 'appeals',
  labels: { 'variation-addProhibitions-0-text': 'The added prohibition' },
  fieldFor: (field) => (field === 'variation' || field === 'variation.addProhibitions' ? 'variation-removeProhibitionIds' : fieldOf(field)),
};

/** What the appeal court decided (owning force; R27-R29). */
@ApiExcludeController()
@Controller('orders')
export class DetermineAppealPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/appeals/:appealId/outcome')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @Param('appealId') appealId: string, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    const appeal = appealOf(order, appealId);
    const form = { ...FORM, path: `appeals/${appeal.appealId}/outcome` };
    return this.forms.page(form, order, { outcome: '', decidedOn: {}, removeProhibitionIds: [], addText: '', addUntil: {} }, {}, 200, undefined, choices(order, appeal));
  }

  @Post(':orderId/appeals/:appealId/outcome')
  @Page('order-manager')
  async record(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Param('appealId') appealId: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Req() request: PageRequest,
  ): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const appeal = appealOf(order, appealId);
    const form = { ...FORM, path: `appeals/${appeal.appealId}/outcome` };
    const outcome = text(body.outcome).slice(0, 50);
    const removeProhibitionIds = listOf(body['variation-removeProhibitionIds']);
    const addText = text(body['variation-addProhibitions-0-text']).trim();
    const { value, errors, typed } = await checkedForm(
      AppealOutcomeRequest,
      body,
      { decidedOn: 'Date of the decision', 'variation-addProhibitions-0-until': { label: 'Last day of the new prohibition', optional: true } },
      (dates) => {
        const until = dates['variation-addProhibitions-0-until'];
        const addProhibitions = addText || until ? [{ text: addText, until: until ?? null }] : [];
        return { outcome, decidedOn: dates.decidedOn, ...(outcome === 'varied' ? { variation: { removeProhibitionIds, addProhibitions } } : {}) };
      },
      form,
    );
    if (!outcome) errors.outcome = 'Select what the appeal court decided';
    const values = { outcome, decidedOn: typed.decidedOn, removeProhibitionIds, addText, addUntil: typed['variation-addProhibitions-0-until'] };
    if (Object.keys(errors).length) return this.forms.page(form, order, values, errors, 400, formVersion(body, order.version), choices(order, appeal));
    return this.forms.record(request, principal, form, order, body, determineAppealCommand(orderId, appeal.appealId, value), 'appeal-outcome', values, choices(order, appeal));
  }
}

/** The appeal named in the address, as the order holds it; any other id is not found. */
function appealOf(order: OrderAsAtView, appealId: string) {
  const appeal = order.appeals.find((a) => a.appealId === appealId.slice(0, 100));
  if (!appeal) throw new NotFoundException('This order has no such appeal.');
  return appeal;
}

function choices(order: OrderAsAtView, appeal: { court: string; lodgedOn: string }) {
  return {
    appeal,
    outcomeChoices: APPEAL_OUTCOMES.map((outcome) => ({ value: outcome, text: OUTCOME_WORDS[outcome] ?? outcome })),
    prohibitionChoices: order.prohibitions.filter((p) => p.status === 'in-force').map((p) => ({ value: p.prohibitionId, text: p.text })),
  };
}
