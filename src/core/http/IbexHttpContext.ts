/**
 * What the request function needs from the client's configuration.
 *
 * @example
 * const context: IbexHttpContext = { baseUrl: 'http://127.0.0.1:8787', rpId: 'localhost',
 *   chainId: 421614, timeoutMs: 30_000, fetch, sendIbexAuthHeader: false,
 *   retry: { attempts: 3, baseDelayMs: 300, maxDelayMs: 10_000 } }
 */
export type IbexHttpContext = {
  baseUrl: string
  rpId: string | undefined
  chainId: number
  timeoutMs: number
  fetch: typeof globalThis.fetch
  sendIbexAuthHeader: boolean
  retry: IbexRetryPolicy
  /**
   * `'proxy'`: `baseUrl` is a same-origin route of `createIbexProxy`, which holds the tokens and
   * adds them itself; no token header is ever sent from here. Default `'direct'`.
   */
  transport?: 'direct' | 'proxy' | undefined
}

/** How GETs back off on 429 and 503. */
export type IbexRetryPolicy = {
  /** Attempts in all, the first included. */
  attempts: number
  /** First back-off; doubles on each attempt, with jitter. */
  baseDelayMs: number
  /** Longest wait; a `Retry-After` longer than this is not waited for, the error is thrown. */
  maxDelayMs: number
}
