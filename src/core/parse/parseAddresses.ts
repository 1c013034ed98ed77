import { checksumAddress } from '../utils/checksumAddress.ts'
import { addressesResponseSchema } from '../schemas/addressesResponseSchema.ts'
import type { IbexAddresses, IbexSafeModule } from './IbexAddresses.ts'
import { parseResponse } from './parseResponse.ts'

/**
 * Parses the body of `GET /users/me/address` (or the `addresses` section of `/users/me`) into
 * `IbexAddresses`; `undefined` (a 204) is no wallet. Safe addresses come out checksummed.
 *
 * @example
 * parseAddresses(undefined).wallets // []
 */
export function parseAddresses(
  body: unknown,
  options: { endpoint?: string | undefined } = {},
): IbexAddresses {
  const endpoint = options.endpoint ?? 'GET /v1.2/users/me/address'
  if (body === undefined || body === null) {
    return { rpId: undefined, externalUserId: undefined, signerId: undefined, wallets: [] }
  }
  const parsed = parseResponse(addressesResponseSchema, body, endpoint)
  return {
    rpId: parsed.rpId ?? undefined,
    externalUserId: parsed.externalUserId ?? undefined,
    signerId: parsed.signerId ?? undefined,
    wallets: parsed.wallets.map((wallet) => ({
      safeAddress: checksumAddress(wallet.safeAddress),
      chainIds:
        wallet.chainIds.length > 0 ? wallet.chainIds : wallet.chains.map((chain) => chain.chainId),
      threshold: wallet.threshold ?? undefined,
      primary: wallet.primary,
      chains: wallet.chains.map((chain) => ({
        chainId: chain.chainId,
        modules: Object.fromEntries(
          Object.entries(chain.modules ?? {}).map(([name, { moduleAddress, ...rest }]) => {
            const module: IbexSafeModule = {
              ...rest,
              moduleAddress: moduleAddress == null ? undefined : checksumAddress(moduleAddress),
            }
            return [name, module]
          }),
        ),
      })),
      derived: wallet.derived
        ? {
            perSafe: wallet.derived.perSafe ?? {},
            eoaAddresses: wallet.derived.global?.eoaAddresses ?? [],
          }
        : undefined,
      createdAt: wallet.createdAt ?? undefined,
      updatedAt: wallet.updatedAt ?? undefined,
    })),
  }
}
