import type { OperationSignerInput } from './OperationSignerInput.ts'

/**
 * What every operation run takes besides its operation(s): the chain (default: the session's)
 * and the signer's inputs (PIN, passphrase and code, or wallet), used once and never kept.
 *
 * @example
 * const inputs: OperationRunInputs = { chainId: 421614, pin: '482916' }
 */
export type OperationRunInputs = OperationSignerInput & {
  chainId?: number | undefined
}
