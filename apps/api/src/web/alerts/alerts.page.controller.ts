import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AlertFilter, type AlertPage, ANY_ALERT, GetAlertsQuery } from '#alerts';
import { type ForceCode, FORCES } from '#forces';
import { CurrentPrincipal, type Principal, type UserRole } from '#identity';
import { assertMayReadInbox, mayAcknowledgeAlerts, mayManageWebhooks, readableForces } from '../../access/scope.js';
import { AlertAcknowledgements } from '../../alerts/acknowledge-alert/alert-acknowledgements.js';
import { AlertStreams } from '../../alerts/alert-stream/alert-streams.js';
import { resumeAfter } from '../../alerts/alert-stream/sse-frames.js';
import { alertFilterOf, GetAlertsRequest } from '../../alerts/get-alerts/get-alerts.request.dto.js';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, fieldErrorsView, type QueryValue, text } from '../forms/form-fields.js';
import { validatedForm } from '../forms/validated-form.js';
import { type PageAnswer, PageView, SeeOther } from '../rendering/page-view.js';
import { forceName } from '../rendering/plain-words.js';
import { Page, PageRoute } from '../session/page-access.js';
import type { PageRequest } from '../session/page-access.guard.js';
import { alertWithWords, filtered, inboxAddress, KIND_CHOICES, liveAddress } from './alert-words.js';
import { ForceCodePipe } from '../../forces/force-code.pipe.js';

const READERS: UserRole[] = ['officer', 'order-manager', 'rocu', 'national'];
const PAGE_SIZE = 25;


/**
 * A force's alerts: newest first, filtered by kind and by acknowledged, a page at a time; its own
 * officers and order managers acknowledge them; with JavaScript new ones appear as they are raised.
 * Reads and acknowledges through the API's own query, command and stream.
 */
@ApiExcludeController()
@Controller()
export class AlertsPageController {

  constructor(
    private readonly queries: QueryBus,
    private readonly acknowledgements: AlertAcknowledgements,
    private readonly streams: AlertStreams,
  ) {}

  /** Where each user finds an inbox: their own force's, or a choice of the forces they may read. */
  @Get('alerts')
  @Page(...READERS)
  choose(@CurrentPrincipal() principal: Principal, @Query('force') force?: QueryValue): PageAnswer {
    if (principal.force) return new SeeOther(inboxAddress(principal.force, ANY_ALERT));
    const readable = readableForces(principal);
    const forces = readable ? FORCES.filter((f) => readable.includes(f.code)) : FORCES;
    const chosen = text(force);
    if (chosen && forces.some((f) => f.code === chosen)) return new SeeOther(inboxAddress(chosen, ANY_ALERT));
    const errors: FieldErrors = force === undefined ? {} : { force: 'Select a force from the list' };
    return new PageView(
      'alerts/choose-force.njk',
      {
        title: 'Choose a force’s alerts',
        ...fieldErrorsView(errors),
        forces: [{ value: '', text: 'Choose a force' }, ...forces.map((f) => ({ value: f.code, text: f.name }))],
      },
      force === undefined ? 200 : 400,
    );
  }

  @Get('forces/:code/alerts')
  @Page(...READERS)
  async inbox(
    @Param('code', ForceCodePipe) code: ForceCode,
    @CurrentPrincipal() principal: Principal,
    @Query('kind') kind?: QueryValue,
    @Query('acknowledged') acknowledged?: QueryValue,
    @Query('before') before?: QueryValue,
  ): Promise<PageView> {
    assertMayReadInbox(principal, code);
    const values = filterFields({ kind, acknowledged, before });
    const { filter, cursor, errors } = await inboxFilter(values);
    const valid = Object.keys(errors).length === 0;
    const page = await this.queries.execute<GetAlertsQuery, AlertPage>(new GetAlertsQuery(code, PAGE_SIZE, filter, cursor));
    const live = cursor === null && filter.acknowledged !== true;
    // The stream starts after the newest alert of the whole inbox now, so nothing raised while the page loads is lost;
    // the inbox is read again for it only when the page is live and filtered.
    const newest = !live || !filtered(filter) ? page : await this.queries.execute<GetAlertsQuery, AlertPage>(new GetAlertsQuery(code, 1));
    return new PageView(
      'alerts/alerts.njk',
      {
        title: `Alerts for ${forceName(code)}`,
        force: code,
        values: valid ? values : { kind: '', acknowledged: '', before: '' },
        ...fieldErrorsView(errors),
        kinds: [{ value: '', text: 'All kinds' }, ...KIND_CHOICES.map((choice) => ({ ...choice, selected: choice.value === filter.kind }))],
        acknowledgedChoice: filter.acknowledged === null ? '' : String(filter.acknowledged),
        filtered: filtered(filter),
        alerts: page.alerts.map(alertWithWords),
        mayAcknowledge: mayAcknowledgeAlerts(principal, code),
        mayManageWebhooks: mayManageWebhooks(principal, code),
        pagination: {
          previous: cursor ? { href: inboxAddress(code, filter), text: 'Newest alerts' } : undefined,
          next: page.next ? { href: inboxAddress(code, filter, page.next), text: 'Older alerts' } : undefined,
        },
        liveUrl: live ? liveAddress(code, filter, newest.alerts[0]?.position ?? 0) : null,
      },
      valid ? 200 : 400,
    );
  }

  @Post('forces/:code/alerts/:alertId/acknowledge')
  @Page('officer', 'order-manager')
  async acknowledge(@Param('code', ForceCodePipe) code: ForceCode, @Param('alertId') alertId: string, @Body() body: FormBody, @CurrentPrincipal() principal: Principal): Promise<SeeOther> {
    await this.acknowledgements.acknowledge(code, alertId, principal);
    // Back to the same filter and page (the whole inbox, if the form's filter does not validate).
    const { filter, cursor } = await inboxFilter(filterFields(body));
    return new SeeOther(`${inboxAddress(code, filter, cursor)}#alert-${alertId.toLowerCase()}`);
  }

  /** The page's live updates: the API's stream, signed in by the session cookie (a browser has no bearer token). */
  @Get('forces/:code/alerts/live')
  @PageRoute(...READERS)
  async live(
    @Param('code', ForceCodePipe) code: ForceCode,
    @CurrentPrincipal() principal: Principal,
    @Req() request: PageRequest,
    @Res() reply: FastifyReply,
    @Query('lastEventId') lastEventId?: QueryValue,
    @Query('kind') kind?: QueryValue,
    @Query('acknowledged') acknowledged?: QueryValue,
  ): Promise<void> {
    assertMayReadInbox(principal, code);
    const after = resumeAfter(request.headers['last-event-id'], text(lastEventId));
    const { filter, errors } = await inboxFilter(filterFields({ kind, acknowledged }));
    if (after === 'invalid' || Object.keys(errors).length) throw new InvalidRequest([{ field: 'lastEventId', message: 'This live address is not one the alerts page gives' }]);
    // The audit interceptor records who opened the stream once it is open, as it does for the API's.
    await this.streams.serve(reply, { force: code, after, filter, shape: alertWithWords });
  }
}

/** The filter fields of an address or a posted form, as text and bounded before they are validated. */
function filterFields(source: { kind?: QueryValue; acknowledged?: QueryValue; before?: QueryValue }): { kind: string; acknowledged: string; before: string } {
  return { kind: text(source.kind).slice(0, 40), acknowledged: text(source.acknowledged).slice(0, 10), before: text(source.before).slice(0, 40) };
}

/** The filter as the API's own request class validates it; with errors, the whole inbox from the newest. */
async function inboxFilter(fields: { kind: string; acknowledged: string; before: string }): Promise<{ filter: AlertFilter; cursor: string | null; errors: FieldErrors }> {
  const { value, errors } = await validatedForm(
    GetAlertsRequest,
    { kind: fields.kind || undefined, acknowledged: fields.acknowledged || undefined, before: fields.before || undefined },
    'kind',
  );
  if (Object.keys(errors).length) return { filter: ANY_ALERT, cursor: null, errors };
  return { filter: alertFilterOf(value), cursor: value.before ?? null, errors };
}
