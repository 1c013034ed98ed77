import type { Address } from 'viem'
import { checksumAddress } from '../utils/checksumAddress.ts'
import { lendingPositionsSchema } from '../schemas/lendingPositionsSchema.ts'
import { vaultsResponseSchema } from '../schemas/vaultsResponseSchema.ts'
import type { IbexPosition } from './IbexPositions.ts'
import { parseResponse } from './parseResponse.ts'
import { toVault } from './toVault.ts'

/**
 * The positions in a `GET /users/me/lending?userScoped=true` body (docs/protocol.md), or
 * `undefined` when no entry carries a `position` key: that IBEx serves the catalogue only, and
 * the positions must come from `/users/me/pools`.
 *
 * @example
 * const positions = parseLendingPositions(json) ?? parsePoolPositions(await getPools())
 */
export function parseLendingPositions(body: unknown): IbexPosition[] | undefined {
  const endpoint = 'GET /v1.2/users/me/lending'
  const entries = parseResponse(lendingPositionsSchema, body, endpoint)
  if (!entries.some((entry) => 'position' in entry)) return undefined
  const vaults = parseResponse(vaultsResponseSchema, body, endpoint)
  return entries.flatMap(({ position }, index) => {
    const entry = vaults[index]
    if (!position || !entry) return []
    const vault = toVault(entry)
    return [
      {
        chainId: vault.chainId,
        // The schema has checked that one of each pair is present.
        wallet: checksumAddress((position.safeAddress ?? position.walletAddress) as Address),
        provider: vault.provider,
        poolAddress: vault.address,
        vaultId: vault.id,
        name: vault.name,
        token: vault.asset,
        balance: (position.balance ?? position.currentBalance) as string,
        baseBalance: undefined,
        gain: undefined,
        gainPct: undefined,
        apy: vault.apy,
        method: undefined,
      },
    ]
  })
}
