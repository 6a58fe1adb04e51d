/**
 * A force's alerts after a log position, oldest first, at most `limit`: what a live stream has not
 * sent yet.
 */
export class AlertsRaisedSinceQuery {
  constructor(
    readonly force: string,
    readonly afterPosition: number,
    readonly limit: number,
  ) {}
}
