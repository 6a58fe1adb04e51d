import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OrderId } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import { correctRecordCommand } from '../../../orders/correct-record/correct-record.command.js';
import { CorrectRecordRequest } from '../../../orders/correct-record/correct-record.request.dto.js';
import type { OrderAsAtView } from '../../../orders/get-order/order-reads.js';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { boxesOf } from '../../forms/date-field.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';

/** A form shows at most this many prohibitions' words to correct (a form has a field limit). */
const MOST_PROHIBITIONS = 100;
const wordsOf = (row: number) => `prohibition-${row}-text`;

/** The form, its command's `changes.prohibitionTexts[i]` pointing at the row of the prohibition it corrects. */
function formFor(rowOfCorrection: number[]): ChangeForm {
  const fieldOf = formFields('reason', ['correctedOn', 'changes-servedOn']);
  return {
    template: 'order-changes/correct-record/correct-record.njk',
    title: 'Correct a mistake in the record',
    path: 'corrections',
    labels: { reason: 'Why the record is corrected', 'changes-court': 'Court that made the order', ...Object.fromEntries(Array.from({ length: MOST_PROHIBITIONS }, (_, row) => [wordsOf(row), `Words of prohibition ${row + 1}`])) },
    fieldFor: (field) => {
      const row = /^changes\.prohibitionTexts\[(\d+)\]/.exec(field ?? '');
      if (row) return wordsOf(rowOfCorrection[Number(row[1])] ?? 0);
      return field === 'changes' ? 'changes-court' : fieldOf(field);
    },
  };
}

/**
 * A data-entry mistake in the order corrected: the court's name, the day it was served, a
 * prohibition's words. Recorded as a new event with its reason, never an edit; who the subject is
 * is corrected on the subject's own form.
 */
@ApiExcludeController()
@Controller('orders')
export class CorrectRecordPageController {
  constructor(private readonly forms: OrderChangeForms) {}

  @Get(':orderId/corrections')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    const prohibitions = prohibitionsOf(order);
    const values = { reason: '', correctedOn: {}, court: order.court, servedOn: boxesOf(order.servedOn), texts: prohibitions.map((p) => p.text) };
    return this.forms.page(formFor([]), order, values, {}, 200, undefined, { prohibitions });
  }

  @Post(':orderId/corrections')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const prohibitions = prohibitionsOf(order);
    const reason = text(body.reason).trim();
    const court = text(body['changes-court']).trim();
    const texts = prohibitions.map((_, row) => text(body[wordsOf(row)]).trim());
    let rowOfCorrection: number[] = [];
    const form = { ...formFor([]), fieldFor: (field: string | undefined) => formFor(rowOfCorrection).fieldFor(field) };
    const { value, errors, typed } = await checkedForm(
      CorrectRecordRequest,
      body,
      { correctedOn: 'Date of the correction', 'changes-servedOn': { label: 'Date the order was served', optional: true } },
      (dates) => {
        // Only what differs from the record is a correction; what was left as it was is not sent.
        rowOfCorrection = prohibitions.map((_, row) => row).filter((row) => texts[row] !== prohibitions[row].text);
        const servedOn = dates['changes-servedOn'];
        const changes = {
          ...(court !== order.court ? { court } : {}),
          ...(servedOn && servedOn !== order.servedOn ? { servedOn } : {}),
          ...(rowOfCorrection.length ? { prohibitionTexts: rowOfCorrection.map((row) => ({ prohibitionId: prohibitions[row].prohibitionId, text: texts[row] })) } : {}),
        };
        return { reason, correctedOn: dates.correctedOn, changes };
      },
      form,
    );
    const values = { reason, correctedOn: typed.correctedOn, court, servedOn: typed['changes-servedOn'], texts };
    if (Object.keys(errors).length) return this.forms.page(form, order, values, errors, 400, formVersion(body, order.version), { prohibitions });
    return this.forms.record(request, principal, form, order, body, correctRecordCommand(orderId, value), 'correction', values, { prohibitions });
  }
}

function prohibitionsOf(order: OrderAsAtView) {
  return order.prohibitions.slice(0, MOST_PROHIBITIONS);
}

