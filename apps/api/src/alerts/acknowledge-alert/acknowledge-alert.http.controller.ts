import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { ForceCode } from '#forces';
import type { InboxAlert } from '#alerts';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { AlertAcknowledgements } from './alert-acknowledgements.js';
import { ForceCodePipe } from '../../forces/force-code.pipe.js';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('api/forces')
export class AcknowledgeAlertController {
  constructor(private readonly acknowledgements: AlertAcknowledgements) {}

  @Post(':code/alerts/:alertId/acknowledge')
  @HttpCode(200)
  @Allow('officer', 'order-manager')
  @ApiOperation({
    summary: "Acknowledge an alert in your own force's inbox",
    description: 'Records who and when; acknowledging again changes nothing and answers with the first acknowledgement. 404 when the inbox holds no such alert.',
  })
  @ApiResponse({ status: 200, description: 'the alert as the inbox lists it, with `acknowledgedAt` and `acknowledgedBy` (the first acknowledgement)' })
  @ApiResponse({ status: 400, description: 'alertId is not an alert id' })
  @ApiResponse({ status: 403, description: 'not an officer or order manager of that force' })
  @ApiResponse({ status: 404, description: "no such force, or no such alert in that force's inbox" })
  acknowledge(@Param('code', ForceCodePipe) code: ForceCode, @Param('alertId') alertId: string, @CurrentPrincipal() principal: Principal): Promise<InboxAlert> {
    return this.acknowledgements.acknowledge(code, alertId, principal);
  }
}
