import type { IbexRefusalError } from '../errors/IbexRefusalError.ts'
import type { IbexRequestErrorType } from '../errors/IbexRequestErrorType.ts'
import type { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { IbexWalletError } from '../errors/IbexWalletError.ts'
import type { IbexWebAuthnError } from '../errors/IbexWebAuthnError.ts'
import type { IbexOperationError } from './IbexOperationError.ts'

/**
 * `error` of the operation hooks (`useTransfer`, `useSwap`, …, `useBatch`): a request failure,
 * input refused before any request or by IBEx, the signer (passkey prompt or wallet), or the
 * operation itself (`operation/failed`, `operation/outcome-unknown` …).
 *
 * @example
 * switch (useTransfer().error?.code) {
 *   case 'validation/amount-exceeds-balance': return 'Not enough funds'
 *   case 'operation/outcome-unknown': return 'Check the history before sending again'
 * }
 */
export type IbexOperationErrorType =
  | IbexRequestErrorType
  | IbexValidationError
  | IbexRefusalError
  | IbexWebAuthnError
  | IbexWalletError
  | IbexOperationError
