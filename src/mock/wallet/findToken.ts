import { isAddress, zeroAddress } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockToken } from './MockToken.ts'
import { mockTokens, nativeTokenAddress } from './tokenCatalog.ts'

/**
 * The catalogue token of `chainId` named by an address (any case; the zero address and the
 * `0xEeee…` sentinel mean the native coin) or a symbol, else `undefined`.
 *
 * @example
 * findToken(421614, '0x0000000000000000000000000000000000000000')?.symbol // 'ETH'
 */
export function findToken(chainId: number, reference: string): MockToken | undefined {
  const wanted = reference.toLowerCase()
  const address = wanted === zeroAddress ? nativeTokenAddress.toLowerCase() : wanted
  return mockTokens.find(
    (token) =>
      token.chainId === chainId &&
      (token.address.toLowerCase() === address || token.symbol.toLowerCase() === wanted),
  )
}

/**
 * {@link findToken} for an address from a request, else 400 VALIDATION naming `field` (the
 * check IBEx makes against its token config, docs/protocol.md).
 *
 * @example
 * const token = requireToken(chainId, op.tokenAddress, 'operations[0].tokenAddress')
 */
export function requireToken(chainId: number, reference: unknown, field: string): MockToken {
  if (typeof reference !== 'string' || !isAddress(reference, { strict: false })) {
    throw new MockHttpError('VALIDATION', `${field} must be an address (0x + 40 hex)`)
  }
  const token = findToken(chainId, reference)
  if (!token) {
    throw new MockHttpError(
      'VALIDATION',
      `${field}: token ${reference} is not active on chain ${chainId}`,
    )
  }
  return token
}
