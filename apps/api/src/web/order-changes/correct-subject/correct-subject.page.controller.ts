import { Body, Controller, Get, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OrderId, SubjectId } from '#domain';
import { CurrentPrincipal, type Principal } from '#identity';
import { CorrectSubjectCommand, type RequestContext } from '#orders';
import { Clock } from '#platform';
import { GetSubjectQuery, type HistoryEntry, SubjectHistoryQuery, type SubjectView } from '#register';
import { OrderIdPipe } from '../../../orders/order-id.pipe.js';
import { CorrectSubjectRequest } from '../../../subjects/correct-subject/correct-subject.request.dto.js';
import { subjectCorrectionChanges } from '../../../subjects/correct-subject/subject-correction-changes.js';
import type { FormBody } from '../../forms/form-bodies.js';
import { boxesOf } from '../../forms/date-field.js';
import { text } from '../../forms/form-fields.js';
import type { PageAnswer } from '../../rendering/page-view.js';
import { Page } from '../../session/page-access.js';
import type { PageRequest } from '../../session/page-access.guard.js';
import { type ChangeForm, checkedForm, formFields, OrderChangeForms } from '../order-change-forms.js';
import { formVersion } from '../../forms/page-command.js';
import { aliasesFrom, aliasLines } from './alias-lines.js';

const FORM: ChangeForm = {
  template: 'order-changes/correct-subject/correct-subject.njk',
  title: 'Correct the subject’s particulars',
  path: 'corrections/subject',
  labels: { reason: 'Why the particulars are corrected', 'changes-forenames': 'Forenames', 'changes-surname': 'Surname', 'changes-pncId': 'PNC ID', 'changes-croNumber': 'CRO number', 'changes-aliases': 'Aliases' },
  fieldFor: (field) => (field === 'changes' ? 'changes-surname' : fieldOf(field)),
};
const fieldOf = formFields('reason', ['changes-dateOfBirth'], { 'changes-aliases': 'changes-aliases' });

/**
 * Who the register says the subject is (names, date of birth, identifiers), corrected by an explicit,
 * audited correction with its reason: the only way these change, and it applies to every order on them.
 */
@ApiExcludeController()
@Controller('orders')
export class CorrectSubjectPageController {
  constructor(
    private readonly forms: OrderChangeForms,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  @Get(':orderId/corrections/subject')
  @Page('order-manager')
  async form(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal) {
    const order = await this.forms.order(orderId, principal);
    const { subject, version } = await this.subjectOf(order.subject.subjectId);
    const values = { reason: '', ...particularsOf(subject) };
    return this.forms.page(FORM, order, values, {}, 200, version);
  }

  @Post(':orderId/corrections/subject')
  @Page('order-manager')
  async record(@Param('orderId', OrderIdPipe) orderId: OrderId, @Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Req() request: PageRequest): Promise<PageAnswer> {
    const order = await this.forms.order(orderId, principal);
    const { subject, version } = await this.subjectOf(order.subject.subjectId);
    const held = particularsOf(subject);
    const typedText = (name: string, most = 200) => text(body[`changes-${name}`]).trim().slice(0, most + 1);
    const given = { forenames: typedText('forenames'), surname: typedText('surname'), pncId: typedText('pncId', 20), croNumber: typedText('croNumber', 20), aliases: text(body['changes-aliases']).slice(0, 12_000) };
    const { value, errors, typed } = await checkedForm(
      CorrectSubjectRequest,
      body,
      { 'changes-dateOfBirth': { label: 'Date of birth', optional: true } },
      (dates) => {
        // Only what differs from the record is a correction; a box emptied clears what it held.
        const dateOfBirth = dates['changes-dateOfBirth'] ?? null;
        const changes = {
          ...(given.forenames !== held.forenames ? { forenames: given.forenames } : {}),
          ...(given.surname !== held.surname ? { surname: given.surname } : {}),
          ...(dateOfBirth !== subject.dateOfBirth ? { dateOfBirth } : {}),
          ...(given.pncId !== held.pncId ? { pncId: given.pncId || null } : {}),
          ...(given.croNumber !== held.croNumber ? { croNumber: given.croNumber || null } : {}),
          ...(aliasLines(aliasesFrom(given.aliases)) !== held.aliases ? { aliases: aliasesFrom(given.aliases) } : {}),
        };
        return { reason: text(body.reason).trim(), changes };
      },
      FORM,
    );
    const values = { reason: text(body.reason).trim(), ...given, dateOfBirth: typed['changes-dateOfBirth'] };
    if (Object.keys(errors).length) return this.forms.page(FORM, order, values, errors, 400, formVersion(body, version));
    const send = (context: RequestContext) =>
      new CorrectSubjectCommand(order.subject.subjectId, { changes: subjectCorrectionChanges(value, this.clock.today()), reason: value.reason }, context);
    return this.forms.record(request, principal, FORM, { ...order, version }, body, send, 'subject-correction', values);
  }

  /** The subject as the register holds them now, and the version of their own record (for If-Match). */
  private async subjectOf(subjectId: SubjectId): Promise<{ subject: SubjectView; version: number }> {
    const subject = await this.queries.execute<GetSubjectQuery, SubjectView | null>(new GetSubjectQuery(subjectId, this.clock.today()));
    const history = await this.queries.execute<SubjectHistoryQuery, HistoryEntry[]>(new SubjectHistoryQuery(subjectId));
    if (!subject) throw new NotFoundException('There is no subject with that id on the register.');
    return { subject, version: history.at(-1)?.version ?? 0 };
  }
}

function particularsOf(subject: SubjectView) {
  return {
    forenames: subject.forenames,
    surname: subject.surname,
    dateOfBirth: boxesOf(subject.dateOfBirth),
    pncId: subject.pncId ?? '',
    croNumber: subject.croNumber ?? '',
    aliases: aliasLines(subject.aliases),
  };
}
