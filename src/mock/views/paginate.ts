/** One page of a list, with IBEx's pagination fields. */
export type Page<T> = { data: T[]; total: number; page: number; limit: number; totalPages: number }

/** The pagination fields of a page, without its data. */
export function pageInfo(page: Page<unknown>): Omit<Page<unknown>, 'data'> {
  return { total: page.total, page: page.page, limit: page.limit, totalPages: page.totalPages }
}

/**
 * Page `page` (from 1) of `items`, `limit` per page.
 *
 * @example
 * paginate([1, 2, 3], 2, 2) // { data: [3], total: 3, page: 2, limit: 2, totalPages: 2 }
 */
export function paginate<T>(items: readonly T[], page: number, limit: number): Page<T> {
  return {
    data: items.slice((page - 1) * limit, page * limit),
    total: items.length,
    page,
    limit,
    totalPages: Math.ceil(items.length / limit),
  }
}
