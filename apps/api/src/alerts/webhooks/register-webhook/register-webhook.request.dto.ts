import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength, MinLength } from 'class-validator';
import { WEBHOOK_SECRET_MAX_LENGTH, WEBHOOK_SECRET_MIN_LENGTH, WEBHOOK_URL_MAX_LENGTH } from '#alerts';

/** Where a force's alerts are to be POSTed, and the secret that signs them. */
export class RegisterWebhookRequest {
  @ApiProperty({
    example: 'https://alerts.kent.police.uk/stor',
    maxLength: WEBHOOK_URL_MAX_LENGTH,
    description:
      'https only (plain http only to this machine, where configured); no user name or password in it; its host must not be, or resolve to, a private, loopback, link-local, unique-local, shared, unspecified, multicast or broadcast address unless STOR is configured to allow private addresses. Refused with 422 saying why.',
  })
  @IsString({ message: 'url must be text' })
  @MinLength(1, { message: 'url must not be empty' })
  @MaxLength(WEBHOOK_URL_MAX_LENGTH, { message: `url must be at most ${WEBHOOK_URL_MAX_LENGTH} characters` })
  url!: string;

  @ApiProperty({
    minLength: WEBHOOK_SECRET_MIN_LENGTH,
    maxLength: WEBHOOK_SECRET_MAX_LENGTH,
    description: 'signs each delivery (X-Stor-Signature: sha256=<hex HMAC-SHA256 of the raw body>); kept encrypted, never shown again',
  })
  @IsString({ message: 'secret must be text' })
  @Length(WEBHOOK_SECRET_MIN_LENGTH, WEBHOOK_SECRET_MAX_LENGTH, { message: `secret must be from ${WEBHOOK_SECRET_MIN_LENGTH} to ${WEBHOOK_SECRET_MAX_LENGTH} characters` })
  secret!: string;
}
