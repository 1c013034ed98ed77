import { IbexError } from './IbexError.ts'

/** Codes of {@link IbexWalletError}. */
export type IbexWalletErrorCode =
  | 'wallet/rejected'
  | 'wallet/not-connected'
  | 'wallet/wrong-chain'
  | 'wallet/address-mismatch'
  | 'wallet/unsupported'
  | 'wallet/aborted'
  | 'wallet/unknown'

/**
 * The external wallet (EIP-7702 mode) could not sign: the user refused, the wallet is not
 * connected or on another chain, it signed with another account, or it cannot do what was asked.
 * The wallet's own error is kept in `cause`.
 *
 * @example
 * if (error instanceof IbexWalletError && error.code === 'wallet/rejected') return // user said no
 */
export class IbexWalletError extends IbexError {
  override name = 'IbexWalletError' as const
  declare readonly code: IbexWalletErrorCode

  constructor(parameters: { code: IbexWalletErrorCode; message: string; cause?: unknown }) {
    super(parameters.message, { code: parameters.code, cause: parameters.cause })
  }
}
