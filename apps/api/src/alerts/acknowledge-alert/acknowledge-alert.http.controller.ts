import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InboxAlert } from '#alerts';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { AlertAcknowledgements } from './alert-acknowledgements.js';

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
  acknowledge(@Param('code') code: string, @Param('alertId') alertId: string, @CurrentPrincipal() principal: Principal): Promise<InboxAlert> {
    return this.acknowledgements.acknowledge(code, alertId, principal);
  }
}
