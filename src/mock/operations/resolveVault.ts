import { MockHttpError } from '../errors/MockHttpError.ts'
import { requiredAddress } from '../http/bodyFields.ts'
import type { MockToken } from '../wallet/MockToken.ts'
import { mockVaults, type MockVault, type MockVaultProvider } from '../wallet/vaultCatalog.ts'

/**
 * The vault of `provider` for `asset` on its chain: the one at `address` when given (else 400),
 * otherwise the default one (highest TVL), as IBEx resolves from its pool config.
 *
 * @example
 * resolveVault('AAVE', token, undefined, 'operations[0]')
 */
export function resolveVault(
  provider: MockVaultProvider,
  asset: MockToken | undefined,
  address: unknown,
  at: string,
): MockVault {
  const wanted = address === undefined ? undefined : requiredAddress(address, `${at}.address`)
  const candidates = mockVaults.filter(
    (vault) =>
      vault.provider === provider &&
      (asset === undefined || (vault.chainId === asset.chainId && vault.asset === asset)) &&
      (wanted === undefined || vault.address === wanted),
  )
  const vault = candidates.find((candidate) => candidate.isDefault) ?? candidates[0]
  if (!vault) {
    throw new MockHttpError(
      'VALIDATION',
      `${at}: no ${provider} ${wanted ? `vault at ${wanted}` : 'vault'}` +
        `${asset ? ` for ${asset.symbol} on chain ${asset.chainId}` : ''}`,
    )
  }
  return vault
}
