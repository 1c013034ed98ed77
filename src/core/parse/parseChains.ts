import { chainsResponseSchema } from '../schemas/chainsResponseSchema.ts'
import type { IbexChain } from './IbexChain.ts'
import { parseResponse } from './parseResponse.ts'

/**
 * Parses the body of `GET /v1.2/chains/` (docs/protocol.md) into `IbexChain[]`.
 *
 * @example
 * parseChains(json).find((chain) => chain.id === 421614)?.modules.cowswap
 */
export function parseChains(body: unknown): IbexChain[] {
  return parseResponse(chainsResponseSchema, body, 'GET /v1.2/chains/').map((chain) => ({
    id: chain.id,
    name: chain.name,
    icon: chain.icon ?? undefined,
    explorerAddress: chain.explorerAddress ?? undefined,
    explorerTx: chain.explorerTx ?? undefined,
    modules: chain.modules,
  }))
}
