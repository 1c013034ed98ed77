import { IbexValidationError } from '../errors/IbexValidationError.ts'

/**
 * The error of a `signUp` / `signIn` call whose `wallet` names no mode.
 *
 * @example
 * default: throw unknownWallet(parameters)
 */
export function unknownWallet(parameters: unknown): IbexValidationError {
  const wallet = (parameters as { wallet?: unknown } | null | undefined)?.wallet
  return new IbexValidationError({
    code: 'validation/wallet-unknown',
    field: 'wallet',
    message: "`wallet` must be 'passkeys' (the default), 'kdf', 'email' or '7702'.",
    details: `received ${JSON.stringify(wallet) ?? String(wallet)}`,
  })
}
