import { HttpException, HttpStatus } from '@nestjs/common';

/** A 429: the client has spent its budget; Retry-After says when one more request will be answered. */
export class TooManyRequests extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }

  static failedAuthentication(retryAfterSeconds: number): TooManyRequests {
    return new TooManyRequests(`Too many failed sign-ins from this address: try again in ${retryAfterSeconds} seconds.`, retryAfterSeconds);
  }
}
