import type { IbexRequestErrorType } from './IbexRequestErrorType.ts'
import type { IbexValidationError } from './IbexValidationError.ts'

/**
 * `error` of the data hooks (`useBalances`, `useTransactions`, …) and of `useUpdateUserData`:
 * a request failure, or parameters refused before any request.
 *
 * @example
 * const { error } = useBalances()
 * if (error?.code === 'network/failed') showOffline()
 */
export type IbexQueryErrorType = IbexRequestErrorType | IbexValidationError
