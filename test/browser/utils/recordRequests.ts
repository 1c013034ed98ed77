import type { Page } from 'playwright-core'

/** One request a page sent, with its answer's status once it came. */
export type RecordedRequest = {
  method: string
  url: string
  /** `pathname` of the URL. */
  path: string
  /** The body as sent, `''` when none. */
  body: string
  /** The `Authorization` header, when sent. */
  authorization: string | undefined
  /** The HTTP status, once answered. */
  status: number | undefined
}

/**
 * Records every request `page` sends (any origin), in order, into the returned array, which
 * keeps filling as the page runs.
 *
 * @example
 * const sent = recordRequests(page)
 * expect(sent.filter((request) => request.path === '/v1.2/auth/refresh')).toHaveLength(1)
 */
export function recordRequests(page: Page): RecordedRequest[] {
  const recorded: RecordedRequest[] = []
  const byRequest = new WeakMap<object, RecordedRequest>()
  page.on('request', (request) => {
    const entry: RecordedRequest = {
      method: request.method(),
      url: request.url(),
      path: new URL(request.url()).pathname,
      body: request.postData() ?? '',
      authorization: request.headers().authorization,
      status: undefined,
    }
    byRequest.set(request, entry)
    recorded.push(entry)
  })
  page.on('response', (response) => {
    const entry = byRequest.get(response.request())
    if (entry) entry.status = response.status()
  })
  return recorded
}
