import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

const challengeEntries = { message: nonEmptyStringSchema, nonce: nonEmptyStringSchema }

/**
 * The body of `POST /v1.2/auth/wallet-challenge` (docs/protocol.md): the SIWE-like text to sign
 * and its nonce, nested under `challenge` as the `wallet=7702` GET answers it, or flat (the
 * shape is not documented; both are read).
 *
 * @example
 * const { message, nonce } = v.parse(walletChallengeSchema, json)
 */
export const walletChallengeSchema = v.union([
  v.pipe(
    v.looseObject({ challenge: v.looseObject(challengeEntries) }),
    v.transform((body) => ({ message: body.challenge.message, nonce: body.challenge.nonce })),
  ),
  v.pipe(
    v.looseObject(challengeEntries),
    v.transform((body) => ({ message: body.message, nonce: body.nonce })),
  ),
])
