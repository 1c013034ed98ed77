import * as v from 'valibot'
import type { Hex } from 'viem'
import { base64ToBytes } from '../utils/base64.ts'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'
import { passkeyOptionsEnvelope } from './passkeyOptionsEnvelope.ts'
import { passkeyRequestOptionsSchema } from './passkeyRequestOptionsSchema.ts'
import { userOpHashSchema } from './userOpHashSchema.ts'

const envelopeSchema = passkeyOptionsEnvelope(
  {
    batchId: v.union([nonEmptyStringSchema, v.pipe(v.number(), v.transform(String))]),
    expiresAt: v.nullish(v.string()),
  },
  ['credentialRequestOptions', 'publicKey'],
  v.looseObject({
    challenge: nonEmptyStringSchema,
    data: v.optional(v.looseObject({ userOpHash: v.optional(userOpHashSchema) })),
  }),
)

function hashOfChallenge(challenge: string): Hex | undefined {
  try {
    const bytes = base64ToBytes(challenge)
    return bytes.length === 32
      ? (`0x${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}` as const)
      : undefined
  } catch {
    return undefined
  }
}

/**
 * The answer of `POST /v1.2/safes/operations` and `batch-intent` (docs/protocol.md):
 * `batchId`, `expiresAt` and the WebAuthn request options whose `challenge` is the base64url
 * `userOpHash`. The output adds `options` (for the passkey prompt: the challenge is signed as
 * IBEx sent it), `userOpHash` (the operation to track: `data.userOpHash` when IBEx sends it,
 * else decoded from the challenge) and `expiresAt` in ms since the epoch when IBEx sent a
 * readable one. A challenge that differs from `data.userOpHash` is not refused: IBEx decides what
 * the authenticator signs .
 *
 * @example
 * const intent = v.parse(operationIntentSchema, body)
 * await getPasskeyAssertion({ optionsJSON: intent.options }) // signs intent.userOpHash
 */
export const operationIntentSchema = v.pipe(
  envelopeSchema,
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const { batchId, expiresAt, options } = dataset.value
    const request = v.safeParse(passkeyRequestOptionsSchema, options)
    const fromChallenge = hashOfChallenge(options.challenge)
    const fromData = options.data?.userOpHash
    const userOpHash = fromData ?? fromChallenge
    if (!request.success || !userOpHash) {
      addIssue({
        message: request.success
          ? 'Without data.userOpHash, the challenge must be the base64url of the 32-byte userOpHash.'
          : request.issues[0].message,
        path: [
          {
            type: 'object',
            origin: 'value',
            input: dataset.value,
            key: 'credentialRequestOptions',
            value: options,
          },
          {
            type: 'object',
            origin: 'value',
            input: options,
            key: 'challenge',
            value: options.challenge,
          },
        ],
      })
      return NEVER
    }
    const expiry = expiresAt ? Date.parse(expiresAt) : Number.NaN
    return {
      batchId,
      expiresAt: Number.isNaN(expiry) ? undefined : expiry,
      options: request.output,
      userOpHash,
    }
  }),
)

/** A prepared operation (or batch), ready to sign. */
export type OperationIntent = v.InferOutput<typeof operationIntentSchema>
