import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockContext } from './MockContext.ts'

/**
 * The chain of a request: an explicit value (body `chainId`, query `chainId`), else the
 * `X-Blockchain-Id` header, else `?blockchainId=`, else the default chain (docs/protocol.md).
 * Numbers and numeric strings are accepted; a chain the mock does not serve is a 400.
 */
export function resolveChainId(ctx: MockContext, explicit?: unknown): number {
  const raw =
    explicit ??
    ctx.request.headers.get('x-blockchain-id') ??
    ctx.url.searchParams.get('blockchainId') ??
    undefined
  if (raw === undefined || raw === null || raw === '') return ctx.config.defaultChainId
  const chainId = typeof raw === 'number' ? raw : Number(raw)
  if (!Number.isInteger(chainId) || !ctx.config.servedChainIds.includes(chainId)) {
    throw new MockHttpError(
      'VALIDATION',
      `Unsupported chain ${String(raw)}; this mock serves ${ctx.config.servedChainIds.join(', ')}`,
    )
  }
  return chainId
}
