import { Body, Controller, Get, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { BREACH_OUTCOMES, type OrderId, SENTENCE_KINDS, SENTENCING_COURTS } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import type { OrderAsAtView } from '../../../orders/get-order/order-reads.js';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import { recordBreachOutcomeCommand } from '../../../orders/record-breach-outcome/record-breach-outcome.command.js';
import { RecordBreachOutcomeRequest } from '../../../orders/record-breach-outcome/record-breach-outcome.request.dto.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

const OUTCOME_WORDS: Record<string, string> = {
  charged: 'Charged',
  convicted: 'Convicted',
  acquitted: 'Acquitted',
  'no-further-action': 'No further action',
  cautioned: 'Cautioned',
};
const SENTENCE_WORDS: Record<string, string> = {
  custody: 'Immediate custody',
  'suspended-custody': 'Suspended sentence',
  community: 'Community order',
  fine: 'Fine',
  'absolute-discharge': 'Absolute discharge',
  'conditional-discharge': 'Conditional discharge',
};
const COURT_WORDS: Record<string, string> = { magistrates: 'Magistrates’ court', crown: 'Crown Court' };

const FORM: ChangeForm = {
  template: 'order-changes/record-breach-outcome/record-breach-outcome.njk',
  title: 'Record the outcome of a breach',
  path: 'breaches',
  labels: { 'sentence-kind': 'Sentence', 'sentence-months': 'Length in months', 'sentence-court': 'Sentencing court' },
  fieldFor: formFields('outcome', ['decidedOn']),
};

/** What became of a breach: charged, convicted with its sentence, and so on (the force where it happened; R31-R33). */
@ApiExcludeController()
@Controller('orders')
export class RecordBreachOutcomePageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/breaches/:breachId/outcome')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @Param('breachId') breachId: string, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    const breach = breachOf(order, breachId);
    return this.forms.page(formOf(breach.breachId), order, { outcome: '', decidedOn: {}, sentence: {} }, {}, 200, undefined, choices(breach));
  }

  @Post(':orderId/breaches/:breachId/outcome')
  @Page('order-manager')
  async record(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Param('breachId') breachId: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Req() request: PageRequest,
  ): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const breach = breachOf(order, breachId);
    const form = formOf(breach.breachId);
    const outcome = text(body.outcome).slice(0, 50);
    const sentence = { kind: text(body['sentence-kind']).slice(0, 50), months: text(body['sentence-months']).trim().slice(0, 10), court: text(body['sentence-court']).slice(0, 50) };
    const { value, errors, typed } = await checkedForm(
      RecordBreachOutcomeRequest,
      body,
      { decidedOn: 'Date of the outcome' },
      ({ decidedOn }) => ({
        outcome,
        decidedOn,
        ...(sentence.kind
          ? { sentence: { kind: sentence.kind, court: sentence.court, ...(sentence.months ? { months: /^\d+$/.test(sentence.months) ? Number(sentence.months) : sentence.months } : {}) } }
          : {}),
      }),
      form,
    );
    if (!outcome) errors.outcome = 'Select the outcome';
    const values = { outcome, decidedOn: typed.decidedOn, sentence };
    if (Object.keys(errors).length) return this.forms.page(form, order, values, errors, 400, formVersion(body, order.version), choices(breach));
    return this.forms.record(request, principal, form, order, body, recordBreachOutcomeCommand(orderId, breach.breachId, value), 'breach-outcome', values, choices(breach));
  }
}

function formOf(breachId: string): ChangeForm {
  return { ...FORM, path: `breaches/${breachId}/outcome` };
}

function breachOf(order: OrderAsAtView, breachId: string) {
  const breach = order.breaches.find((b) => b.breachId === breachId.slice(0, 100));
  if (!breach) throw new NotFoundException('This order has no such breach.');
  return breach;
}

function choices(breach: { occurredOn: string; description: string }) {
  return {
    breach,
    outcomeChoices: BREACH_OUTCOMES.map((value) => ({ value, text: OUTCOME_WORDS[value] ?? value })),
    sentenceChoices: SENTENCE_KINDS.map((value) => ({ value, text: SENTENCE_WORDS[value] ?? value })),
    courtChoices: SENTENCING_COURTS.map((value) => ({ value, text: COURT_WORDS[value] ?? value })),
  };
}
