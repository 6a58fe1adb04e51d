/**
 * The page numbers GOV.UK pagination shows: the first, the last, the current one and its
 * neighbours, with null where pages are left out (drawn as an ellipsis).
 */
export function pageNumbers(current: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1] > 1 ? [null, page] : [page]));
}
