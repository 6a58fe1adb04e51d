/** RFC 9457 problem details, as every error leaves STOR. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  rule?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://stor.police.uk/problems/';

export function problem(status: number, slug: string, title: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: `${TYPE_BASE}${slug}`, title, status, detail, ...extra };
}
