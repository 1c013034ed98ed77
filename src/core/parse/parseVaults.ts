import { vaultsResponseSchema } from '../schemas/vaultsResponseSchema.ts'
import type { IbexVault } from './IbexVault.ts'
import { parseResponse } from './parseResponse.ts'
import { toVault } from './toVault.ts'

/**
 * Parses the body of `GET /v1.2/safes/vaults` (docs/protocol.md) into `IbexVault[]`.
 *
 * @example
 * parseVaults(json).filter((vault) => vault.provider === 'AAVE')
 */
export function parseVaults(body: unknown): IbexVault[] {
  return parseResponse(vaultsResponseSchema, body, 'GET /v1.2/safes/vaults').map(toVault)
}
