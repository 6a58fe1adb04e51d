/** What a page route answers: a template to render with its data, or a redirect after a form. */
export class PageView {
  constructor(
    readonly template: string,
    readonly data: Record<string, unknown>,
    readonly status = 200,
    /** Whose data the page shows and what a posted search asked, for the audit trail (as an API request's query and answer would). */
    readonly audited: AuditedPage = {},
  ) {}
}

export interface AuditedPage {
  orderId?: string;
  subjectIds?: string[];
  /** A search posted in a form rather than in the address: kept as the API keeps its query. */
  searched?: Record<string, string>;
  purpose?: string;
}

/** 303 See Other: where a browser goes after a form that changed something (post/redirect/get). */
export class SeeOther {
  constructor(readonly location: string) {}
}

export type PageAnswer = PageView | SeeOther;
