import * as v from 'valibot'
import { vaultEntrySchema } from './vaultEntrySchema.ts'

/**
 * The body of `GET /v1.2/safes/vaults` (docs/protocol.md): an array of pools (see
 * `vaultEntrySchema`).
 *
 * @example
 * const vaults = v.parse(vaultsResponseSchema, json)
 */
export const vaultsResponseSchema = v.array(vaultEntrySchema)

/** A validated vaults body. */
export type VaultsResponseBody = v.InferOutput<typeof vaultsResponseSchema>
