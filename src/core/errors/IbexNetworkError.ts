import { IbexError } from './IbexError.ts'

export type IbexNetworkErrorCode = 'network/failed' | 'network/timeout' | 'network/aborted'

/**
 * The request never got an HTTP answer: offline, DNS, CORS, a timeout, or an abort.
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
          : 'could not reach IBEx (offline, DNS or CORS)'
    super(`${parameters.endpoint} ${what}.`, { code: parameters.code, cause: parameters.cause })
    this.endpoint = parameters.endpoint
  }
}
