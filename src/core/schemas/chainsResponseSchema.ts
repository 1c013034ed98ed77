import * as v from 'valibot'
import { chainIdSchema } from './chainIdSchema.ts'

/**
 * The body of `GET /v1.2/chains/` (docs/protocol.md): the active chains with their explorer
 * links and module flags (`billing`, `cowswap`, `recovery`, `automation`, and in the SDK
 * `bridge`, `routeEngine`). A flag that is not a boolean (`"N/A"` elsewhere) reads as off.
 *
 * @example
 * const chains = v.parse(chainsResponseSchema, json)
 */
export const chainsResponseSchema = v.array(
  v.looseObject({
    id: chainIdSchema,
    name: v.string(),
    icon: v.nullish(v.string()),
    explorerAddress: v.nullish(v.string()),
    explorerTx: v.nullish(v.string()),
    modules: v.optional(
      v.record(
        v.string(),
        v.pipe(
          v.unknown(),
          v.transform((flag) => flag === true),
        ),
      ),
      {},
    ),
  }),
)

/** A validated chains body. */
export type ChainsResponseBody = v.InferOutput<typeof chainsResponseSchema>
