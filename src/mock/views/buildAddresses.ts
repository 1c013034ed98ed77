import type { Address } from 'viem'
import { userSafes } from '../wallet/userSafes.ts'
import type { MockView } from './MockView.ts'

/**
 * `GET /users/me/address` (docs/protocol.md): one wallet per Safe address with its chains,
 * the first one primary; `derived` (the signer's global EOAs) only with `includeDerived`.
 *
 * @example
 * buildAddresses(view, { includeDerived: true }).wallets[0].safeAddress
 */
export function buildAddresses(
  view: MockView,
  options: { includeDerived: boolean },
): { rpId: string; externalUserId: string; signerId: string; count: number; wallets: unknown[] } {
  const { user, tenant } = view
  const byAddress = new Map<Address, number[]>()
  for (const safe of userSafes(user, view.config)) {
    byAddress.set(safe.address, [...(byAddress.get(safe.address) ?? []), safe.chainId])
  }
  const createdAt = new Date(user.createdAt).toISOString()
  const wallets = [...byAddress].map(([safeAddress, chainIds], index) => ({
    safeAddress,
    chainIds,
    threshold: 1,
    chains: chainIds.map((chainId) => ({ chainId })),
    createdAt,
    updatedAt: createdAt,
    primary: index === 0,
    ...(options.includeDerived
      ? { derived: { perSafe: {}, global: { eoaAddresses: user.eoaAddresses } } }
      : {}),
  }))
  return {
    rpId: tenant.rpId,
    externalUserId: user.externalUserId,
    signerId: user.signerId,
    count: wallets.length,
    wallets,
  }
}
