/** Where the mock IBEx runs unless told otherwise: `npm run mock`'s address. */
const DEFAULT_IBEX_URL = 'http://127.0.0.1:8787'

/**
 * The IBEx base URL of the demo: `?api=` in the page's address (the journeys pass the mock they
 * started), else `VITE_IBEX_URL` at build time, else the local mock.
 *
 * @example
 * ibexBaseUrl(new URLSearchParams('?api=http%3A%2F%2F127.0.0.1%3A9000')) // 'http://127.0.0.1:9000'
 */
export function ibexBaseUrl(search: URLSearchParams): string {
  const configured: unknown = import.meta.env.VITE_IBEX_URL
  return (
    search.get('api') ||
    (typeof configured === 'string' && configured ? configured : undefined) ||
    DEFAULT_IBEX_URL
  )
}
