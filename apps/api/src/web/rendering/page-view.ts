/** What a page route answers: a template to render with its data, or a redirect after a form. */
export class PageView {
  constructor(
    readonly template: string,
    readonly data: Record<string, unknown>,
    readonly status = 200,
    /** Whose data the page shows, for the audit trail (as an API answer's orderId and matches would). */
    readonly audited: { orderId?: string; subjectIds?: string[] } = {},
  ) {}
}

/** 303 See Other: where a browser goes after a form that changed something (post/redirect/get). */
export class SeeOther {
  constructor(readonly location: string) {}
}

export type PageAnswer = PageView | SeeOther;
