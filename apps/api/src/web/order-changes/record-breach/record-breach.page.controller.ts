import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { BREACH_REQUIREMENTS, type OrderId } from '#domain';
import { FORCES } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import { recordBreachCommand } from '../../../orders/record-breach/record-breach.command.js';
import { RecordBreachRequest } from '../../../orders/record-breach/record-breach.request.dto.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, listOf, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

const FORM: ChangeForm = {
  template: 'order-changes/record-breach/record-breach.njk',
  title: 'Record a breach',
  path: 'breaches',
  labels: { description: 'What happened', locationForce: 'Force area', breached: 'What was breached' },
  // Prohibitions and requirements are one group of checkboxes: what was breached.
  fieldFor: formFields('occurredOn-day', ['occurredOn'], { prohibitionIds: 'breached', requirements: 'breached' }),
};

/** A requirement among the checkboxes of what was breached is marked so, a prohibition by its id alone. */
const REQUIREMENT = 'requirement:';

const REQUIREMENT_WORDS: Record<string, string> = { notification: 'Notifying name and address', 'passport-surrender': 'Surrendering passports' };

/** A breach in the order manager's force area, against any order (API.md). */
@ApiExcludeController()
@Controller('orders')
export class RecordBreachPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/breaches')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    return this.forms.page(FORM, order, { locationForce: principal.force, occurredOn: {}, breached: [] }, {}, 200, undefined, choices(order));
  }

  @Post(':orderId/breaches')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const breached = listOf(body.breached);
    const picked = {
      locationForce: text(body.locationForce).slice(0, 100),
      description: text(body.description).trim(),
      prohibitionIds: breached.filter((item) => !item.startsWith(REQUIREMENT)),
      requirements: breached.filter((item) => item.startsWith(REQUIREMENT)).map((item) => item.slice(REQUIREMENT.length)),
    };
    const { value, errors, typed } = await checkedForm(RecordBreachRequest, body, { occurredOn: 'Date of the breach' }, ({ occurredOn }) => ({ ...picked, occurredOn }), FORM);
    if (!breached.length && !errors.breached) errors.breached = 'Select the prohibition or requirement that was breached';
    const values = { ...picked, breached, occurredOn: typed.occurredOn };
    if (Object.keys(errors).length) return this.forms.page(FORM, order, values, errors, 400, formVersion(body, order.version), choices(order));
    return this.forms.record(request, principal, FORM, order, body, recordBreachCommand(orderId, value), 'breach', values, choices(order));
  }
}

function choices(order: { prohibitions: { prohibitionId: string; text: string; status: string }[]; notification: { required: boolean } }) {
  return {
    forces: FORCES.map((force) => ({ value: force.code, text: force.name })),
    prohibitionChoices: order.prohibitions.filter((p) => p.status === 'in-force').map((p) => ({ value: p.prohibitionId, text: p.text })),
    // Notifying name and address is a requirement only where the court imposed it (R15).
    requirementChoices: BREACH_REQUIREMENTS.filter((requirement) => requirement !== 'notification' || order.notification.required).map((requirement) => ({ value: `${REQUIREMENT}${requirement}`, text: REQUIREMENT_WORDS[requirement] ?? requirement })),
  };
}
