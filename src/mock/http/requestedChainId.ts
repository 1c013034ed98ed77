import type { MockContext } from './MockContext.ts'
import { resolveChainId } from './resolveChainId.ts'

/**
 * The chain a read names (`X-Blockchain-Id`, else `?blockchainId=`), or `undefined` when none:
 * balances, transactions and catalogues then cover every chain (docs/protocol.md).
 *
 * @example
 * const chainId = requestedChainId(ctx) // undefined → all chains
 */
export function requestedChainId(ctx: MockContext): number | undefined {
  const named =
    ctx.request.headers.get('x-blockchain-id') ?? ctx.url.searchParams.get('blockchainId')
  return named === null || named === '' ? undefined : resolveChainId(ctx)
}
