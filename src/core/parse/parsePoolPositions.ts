import { checksumAddress } from '../utils/checksumAddress.ts'
import { poolsResponseSchema } from '../schemas/poolsResponseSchema.ts'
import type { IbexPosition } from './IbexPositions.ts'
import { parseResponse } from './parseResponse.ts'

/**
 * The positions in a `GET /users/me/pools` body (docs/protocol.md), one wallet or an array of
 * them. Items with a zero balance are kept only if IBEx sent them (`includeZero`).
 *
 * @example
 * parsePoolPositions(json).map((position) => position.balance)
 */
export function parsePoolPositions(body: unknown): IbexPosition[] {
  const parsed = parseResponse(poolsResponseSchema, body, 'GET /v1.2/users/me/pools')
  const wallets = Array.isArray(parsed) ? parsed : [parsed]
  return wallets.flatMap((wallet) =>
    wallet.pools.flatMap((pool) =>
      pool.items.map((item) => ({
        chainId: wallet.blockchainId,
        wallet: checksumAddress(wallet.address),
        provider: pool.provider,
        poolAddress: item.poolAddress == null ? undefined : checksumAddress(item.poolAddress),
        vaultId: item.vaultId == null ? undefined : String(item.vaultId),
        name: item.name ?? undefined,
        token: {
          address: item.tokenAddress == null ? undefined : checksumAddress(item.tokenAddress),
          symbol: item.symbol ?? undefined,
          decimals: item.decimals ?? undefined,
        },
        balance: item.currentBalance ?? item.baseBalance,
        baseBalance: item.baseBalance,
        gain: item.gain ?? undefined,
        gainPct: item.gainPct ?? undefined,
        apy: item.apy ?? undefined,
        method: item.method ?? undefined,
      })),
    ),
  )
}
