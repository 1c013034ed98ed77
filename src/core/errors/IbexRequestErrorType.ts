import type { IbexHttpError } from './IbexHttpError.ts'
import type { IbexNetworkError } from './IbexNetworkError.ts'
import type { IbexResponseError } from './IbexResponseError.ts'
import type { IbexSessionError } from './IbexSessionError.ts'

/**
 * What any call to IBEx can fail with: an HTTP status, no answer, an answer not shaped as
 * documented, or no session. Every hook's `error` type includes it.
 *
 * @example
 * function label(error: IbexRequestErrorType) {
 *   if (error.code === 'http/rate-limited') return `Retry in ${error.retryAfter} s`
 * }
 */
export type IbexRequestErrorType =
  IbexHttpError | IbexNetworkError | IbexResponseError | IbexSessionError
