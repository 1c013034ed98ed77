import * as v from 'valibot'
import { chainIdSchema } from './chainIdSchema.ts'
import { tokenEntrySchema } from './tokenEntrySchema.ts'

/**
 * A token list of IBEx (docs/protocol.md): flat when `X-Blockchain-Id` named a chain,
 * else grouped `[{ blockchainId, tokens }]`.
 *
 * @example
 * const body = v.parse(tokensResponseSchema, json)
 */
export const tokensResponseSchema = v.union([
  v.array(tokenEntrySchema),
  v.array(v.looseObject({ blockchainId: chainIdSchema, tokens: v.array(tokenEntrySchema) })),
])

/** A validated token list. */
export type TokensResponseBody = v.InferOutput<typeof tokensResponseSchema>
/** One chain's group of a grouped token list. */
export type TokenGroupEntry = Extract<TokensResponseBody[number], { tokens: unknown }>
