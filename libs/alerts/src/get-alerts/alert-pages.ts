import type { Alert } from './get-alerts.query.js';

/** Where a page of the inbox ends: the newest-first order is (raisedAt, position) descending. */
export interface PageEnd {
  raisedAt: string;
  position: number;
}

const CURSOR = /^(\d{1,15})\.(\d{1,15})$/;

/** The cursor for the page after `last`: its raising instant in milliseconds and its log position. */
export function cursorAfter(last: Pick<Alert, 'raisedAt' | 'position'>): string {
  return `${Date.parse(last.raisedAt)}.${last.position}`;
}

/** A cursor a client sent back, or null when it is not one this inbox wrote. */
export function pageEndOf(cursor: string): PageEnd | null {
  const match = CURSOR.exec(cursor);
  if (!match) return null;
  const at = new Date(Number(match[1]));
  if (Number.isNaN(at.getTime())) return null;
  return { raisedAt: at.toISOString(), position: Number(match[2]) };
}

export function isPageCursor(cursor: string): boolean {
  return pageEndOf(cursor) !== null;
}
