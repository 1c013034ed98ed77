import type { Client } from 'viem'
import type { Config } from 'wagmi'
import { getPublicClient } from 'wagmi/actions'
import { IbexValidationError } from '../../../core/errors/IbexValidationError.ts'

/**
 * The app's wagmi public client of `chainId`, through which the kit reads the chain; a chain the
 * wagmi config does not have is `validation/chain-unsupported` (before any request).
 *
 * @example
 * const publicClient = chainClientOf(config, 11155111)
 */
export function chainClientOf(config: Config, chainId: number): Client {
  const client = getPublicClient(config, { chainId })
  if (!client) {
    throw new IbexValidationError({
      code: 'validation/chain-unsupported',
      field: 'chainId',
      message: `The wagmi config has no chain ${chainId}: add it to \`chains\` and \`transports\` of createConfig to read or activate the delegation there.`,
    })
  }
  return client
}
