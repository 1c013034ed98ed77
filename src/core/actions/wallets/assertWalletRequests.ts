import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/** One family to derive more addresses of, and how many (1–10, default 1). */
export type DerivedWalletRequest = {
  family: 'EVM' | 'SOLANA' | 'BITCOIN_P2WPKH' | (string & {})
  count?: number | undefined
}

/**
 * Checks `add` before any request: a non-empty list (`validation/wallets-empty`), each `family`
 * a word in capitals (`validation/wallet-family-invalid`), each `count` an integer from 1 to 10
 * and at most 10 in all (`validation/wallet-count-invalid`), IBEx's per-request limit.
 *
 * @example
 * const add = assertWalletRequests([{ family: 'EVM', count: 2 }])
 */
export function assertWalletRequests(add: unknown): DerivedWalletRequest[] {
  if (!Array.isArray(add) || add.length === 0) {
    throw new IbexValidationError({
      code: 'validation/wallets-empty',
      field: 'add',
      message: '`add` lists at least one `{ family, count? }`.',
    })
  }
  let total = 0
  const requests = add.map((entry: unknown, index): DerivedWalletRequest => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as {
      family?: unknown
      count?: unknown
    }
    if (typeof item.family !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(item.family)) {
      throw new IbexValidationError({
        code: 'validation/wallet-family-invalid',
        field: `add[${index}].family`,
        message: 'A family is a name such as `EVM`, `SOLANA` or `BITCOIN_P2WPKH`.',
      })
    }
    const count = item.count ?? 1
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10) {
      throw new IbexValidationError({
        code: 'validation/wallet-count-invalid',
        field: `add[${index}].count`,
        message: '`count` is an integer from 1 to 10.',
      })
    }
    total += count
    return item.count === undefined ? { family: item.family } : { family: item.family, count }
  })
  if (total > 10) {
    throw new IbexValidationError({
      code: 'validation/wallet-count-invalid',
      field: 'add',
      message: `IBEx derives at most 10 addresses per request (${total} asked).`,
    })
  }
  return requests
}
