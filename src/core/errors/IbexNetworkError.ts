import { IbexError } from './IbexError.ts'

export type IbexNetworkErrorCode =
  'network/failed' | 'network/timeout' | 'network/aborted' | 'network/load-failed'

/**
 * The request never got an HTTP answer (offline, DNS, CORS, a timeout, an abort), or a part of
 * the kit loaded on demand could not be downloaded (`network/load-failed`; `endpoint` names it).
 *
 * @example
 * if (error instanceof IbexNetworkError && error.code === 'network/timeout') showRetry()
 */
export class IbexNetworkError extends IbexError {
  override name = 'IbexNetworkError' as const
  declare readonly code: IbexNetworkErrorCode
  readonly endpoint: string

  constructor(parameters: { code: IbexNetworkErrorCode; endpoint: string; cause?: unknown }) {
    const what =
      parameters.code === 'network/timeout'
        ? 'timed out'
        : parameters.code === 'network/aborted'
          ? 'was aborted'
          : parameters.code === 'network/load-failed'
            ? 'could not be downloaded (offline, or the app changed since the page loaded: reload it)'
            : 'could not reach IBEx (offline, DNS or CORS)'
    super(`${parameters.endpoint} ${what}.`, { code: parameters.code, cause: parameters.cause })
    this.endpoint = parameters.endpoint
  }
}
