import { IbexError } from './IbexError.ts'

/** Codes of {@link IbexHttpError}; the UI can switch on them. */
export type IbexHttpErrorCode =
  | 'http/unknown-rp-id'
  | 'http/bad-request'
  | 'http/unauthorized'
  | 'http/forbidden'
  | 'http/not-found'
  | 'http/conflict'
  | 'http/gone'
  | 'http/rate-limited'
  | 'http/maintenance'
  | 'http/server-error'
  | 'http/not-implemented'
  | 'http/redirect'
  | 'http/error'

export type IbexHttpErrorParameters = {
  /** The HTTP status; `0` for a redirect the browser did not follow (see `http/redirect`). */
  status: number
  /** `METHOD /path` of the call, without host or query (the query may hold user data). */
  endpoint: string
  /** IBEx `message` from the body, when there is one. */
  serverMessage?: string | undefined
  /** IBEx `error_code` (or `code`) from the body, when there is one. */
  serverCode?: string | undefined
  /** Seconds from `Retry-After`, on 429 and 503. */
  retryAfter?: number | undefined
  /** `since` of a 503 maintenance body. */
  maintenanceSince?: string | undefined
}

function codeFor(status: number, serverMessage: string | undefined): IbexHttpErrorCode {
  // 0 is what a browser shows of a redirect it was told not to follow (an opaque redirect).
  if (status === 0 || (status >= 300 && status < 400)) return 'http/redirect'
  if (status === 400 && serverMessage === 'Unknown domain/rpId') return 'http/unknown-rp-id'
  if (status === 400 || status === 422) return 'http/bad-request'
  if (status === 401) return 'http/unauthorized'
  if (status === 403) return 'http/forbidden'
  if (status === 404) return 'http/not-found'
  if (status === 409) return 'http/conflict'
  if (status === 410) return 'http/gone'
  if (status === 429) return 'http/rate-limited'
  if (status === 503) return 'http/maintenance'
  if (status === 501) return 'http/not-implemented'
  if (status >= 500) return 'http/server-error'
  return 'http/error'
}

function shortMessageFor(code: IbexHttpErrorCode, p: IbexHttpErrorParameters): string {
  switch (code) {
    case 'http/unknown-rp-id':
      return 'IBEx does not know this rpId. Register your domain with IBEx, or develop on localhost (always known), or set `rpId` in createIbexClient to a registered domain.'
    case 'http/unauthorized':
      return `IBEx refused the credentials of ${p.endpoint} (401).`
    case 'http/rate-limited':
      return `IBEx rate-limited ${p.endpoint} (429)${p.retryAfter === undefined ? '' : `; retry after ${p.retryAfter} s`}.`
    case 'http/redirect':
      return `${p.endpoint} answered with a redirect${p.status ? ` (HTTP ${p.status})` : ''}. The kit follows no redirect, so that the session token never reaches another origin: point \`baseUrl\` at the address IBEx answers on.`
    case 'http/maintenance':
      return `IBEx is in maintenance${p.maintenanceSince ? ` since ${p.maintenanceSince}` : ''} (503).`
    default:
      return `${p.endpoint} failed with HTTP ${p.status}${p.serverMessage ? `: ${p.serverMessage}` : '.'}`
  }
}

/**
 * IBEx answered with a non-2xx status. `status`, `serverMessage` and `serverCode` carry what IBEx
 * said; `code` is the kit's stable classification.
 *
 * @example
 * if (error instanceof IbexHttpError && error.code === 'http/rate-limited') wait(error.retryAfter)
 */
export class IbexHttpError extends IbexError {
  override name = 'IbexHttpError' as const
  declare readonly code: IbexHttpErrorCode
  readonly status: number
  readonly endpoint: string
  readonly serverMessage: string | undefined
  readonly serverCode: string | undefined
  readonly retryAfter: number | undefined

  constructor(parameters: IbexHttpErrorParameters) {
    const code = codeFor(parameters.status, parameters.serverMessage)
    super(shortMessageFor(code, parameters), {
      code,
      details: parameters.serverMessage,
      docsPath: code === 'http/unknown-rp-id' ? 'pointing-at-a-real-ibex-host' : undefined,
    })
    this.status = parameters.status
    this.endpoint = parameters.endpoint
    this.serverMessage = parameters.serverMessage
    this.serverCode = parameters.serverCode
    this.retryAfter = parameters.retryAfter
  }
}
