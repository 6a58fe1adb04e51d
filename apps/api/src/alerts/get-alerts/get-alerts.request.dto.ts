import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { ALERT_KINDS, type AlertFilter, type AlertKind, isPageCursor } from '#alerts';

@ValidatorConstraint({ name: 'isPageCursor' })
class PageCursor implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && value.length <= 40 && isPageCursor(value);
  }

  defaultMessage(): string {
    return 'before must be the next value of the page before';
  }
}

/** A force's inbox: which alerts, how many, from where. The web page validates its filter form with this too. */
export class GetAlertsRequest {
  @ApiPropertyOptional({ enum: ALERT_KINDS, description: 'only alerts of this kind' })
  @IsOptional()
  @IsIn(ALERT_KINDS, { message: `kind must be one of ${ALERT_KINDS.join(', ')}` })
  kind?: AlertKind;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only alerts someone of the force has (true) or has not (false) acknowledged' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'acknowledged must be true or false' })
  acknowledged?: 'true' | 'false';

  @ApiPropertyOptional({ example: '50', description: 'alerts on a page, 1 to 1000 (default 100)' })
  @IsOptional()
  @Matches(/^([1-9]\d{0,2}|1000)$/, { message: 'limit must be a whole number from 1 to 1000' })
  limit?: string;

  @ApiPropertyOptional({
    description: 'paging cursor: the `next` value of the page before; the answer holds the alerts older than that page, newest first. `next` is null on the last page.',
  })
  @IsOptional()
  @Validate(PageCursor)
  before?: string;

  @ApiPropertyOptional({ description: 'wait until the inbox has applied this log position' })
  @IsOptional()
  position?: string;
}

export function alertFilterOf(request: Pick<GetAlertsRequest, 'kind' | 'acknowledged'>): AlertFilter {
  return { kind: request.kind ?? null, acknowledged: request.acknowledged === undefined ? null : request.acknowledged === 'true' };
}
