import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { DELIVERY_STATUSES, type DeliveryStatus, isDeliveryCursor } from '#alerts';

@ValidatorConstraint({ name: 'isDeliveryCursor' })
class DeliveryCursor implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isDeliveryCursor(value);
  }

  defaultMessage(): string {
    return 'before must be the next value of the page before';
  }
}

/** A webhook's deliveries: which, how many, from where. */
export class GetDeliveriesRequest {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: 'only deliveries in this status' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;

  @ApiPropertyOptional({ example: '50', description: 'deliveries on a page, 1 to 500 (default 50)' })
  @IsOptional()
  @Matches(/^([1-9]\d{0,1}|[1-4]\d{2}|500)$/, { message: 'limit must be a whole number from 1 to 500' })
  limit?: string;

  @ApiPropertyOptional({ description: 'paging cursor: the `next` value of the page before; the answer holds older deliveries, newest first' })
  @IsOptional()
  @Validate(DeliveryCursor)
  before?: string;
}
