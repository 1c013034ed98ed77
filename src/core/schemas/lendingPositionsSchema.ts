import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'
import { decimalStringSchema } from './decimalStringSchema.ts'

const positionSchema = v.pipe(
  v.looseObject({
    safeAddress: v.nullish(addressSchema),
    walletAddress: v.nullish(addressSchema),
    balance: v.nullish(decimalStringSchema),
    currentBalance: v.nullish(decimalStringSchema),
  }),
  v.forward(
    v.check(
      (position) => (position.safeAddress ?? position.walletAddress) != null,
      'Expected the wallet of the position (`safeAddress` or `walletAddress`).',
    ),
    ['safeAddress'],
  ),
  v.forward(
    v.check(
      (position) => (position.balance ?? position.currentBalance) != null,
      'Expected the amount of the position (`balance` or `currentBalance`).',
    ),
    ['balance'],
  ),
)

/**
 * The positions in a body of `GET /users/me/lending` (docs/protocol.md), whose entries are
 * pools (checked by `vaultsResponseSchema`). With `userScoped=true` the newer IBEx merges the
 * user's positions in (it replaces `/users/me/pools`); their shape is not documented, so the kit
 * reads `position: { safeAddress, balance } | null` on each entry (what the mock serves) and
 * treats a body without any `position` key as a catalogue only.
 *
 * @example
 * const entries = v.parse(lendingPositionsSchema, json)
 */
export const lendingPositionsSchema = v.array(
  v.looseObject({ position: v.nullish(positionSchema) }),
)

/** The validated positions of a lending body. */
export type LendingPositionsBody = v.InferOutput<typeof lendingPositionsSchema>
