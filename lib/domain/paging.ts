/** Rows on a page of a long list: enough to scan on a phone, few enough to render fast. */
export const PAGE_SIZE = 50;

export function pageWindow(page: number, size = PAGE_SIZE): { offset: number; limit: number } {
  return { offset: (page - 1) * size, limit: size };
}

/** What a pager shows: the rows' positions (1-based, inclusive) and the neighbouring pages, if any. */
export function pagerOf(page: number, total: number, size = PAGE_SIZE) {
  const last = Math.max(1, Math.ceil(total / size));
  return {
    from: total === 0 ? 0 : Math.min((page - 1) * size + 1, total),
    to: Math.min(page * size, total),
    total,
    previous: page > 1 ? Math.min(page - 1, last) : null,
    next: page < last ? page + 1 : null,
  };
}
