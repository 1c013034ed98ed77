import { IbexError } from '../errors/IbexError.ts'

/** Codes of {@link IbexRealtimeError}. */
export type IbexRealtimeErrorCode =
  'realtime/not-connected' | 'realtime/timeout' | 'realtime/server-error' | 'realtime/aborted'

/**
 * A realtime request (`get_balance`, `get_transactions` over the WebSocket) that did not get its
 * answer: no session or realtime stopped (`not-connected`), no answer in time (`timeout`),
 * IBEx answered with an `error` event (`server-error`, its `error_code` in `serverCode`), or the
 * caller aborted.
 *
 * @example
 * try { await realtime.request({ type: 'get_balance' }) } catch (error) {
 *   if (error instanceof IbexRealtimeError && error.code === 'realtime/timeout') showStale()
 * }
 */
export class IbexRealtimeError extends IbexError {
  override name = 'IbexRealtimeError' as const
  declare readonly code: IbexRealtimeErrorCode
  /** The request type (`get_balance`, `get_transactions`). */
  readonly request: string
  /** IBEx `error_code` of an `error` event, for `realtime/server-error`. */
  readonly serverCode: string | undefined

  constructor(parameters: {
    code: IbexRealtimeErrorCode
    request: string
    serverCode?: string | undefined
    serverMessage?: string | undefined
    cause?: unknown
  }) {
    const { code, request, serverCode, serverMessage, cause } = parameters
    const what =
      code === 'realtime/timeout'
        ? 'got no answer in time'
        : code === 'realtime/server-error'
          ? `was refused by IBEx${serverCode ? ` (${serverCode})` : ''}`
          : code === 'realtime/aborted'
            ? 'was aborted'
            : 'cannot be sent: realtime is not running (signed out, stopped, or turned off)'
    super(`The realtime request ${request} ${what}.`, { code, details: serverMessage, cause })
    this.request = request
    this.serverCode = serverCode
  }
}
