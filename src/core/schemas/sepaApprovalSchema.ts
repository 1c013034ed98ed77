import * as v from 'valibot'
import { passkeyRequestOptionsSchema } from './passkeyRequestOptionsSchema.ts'

/**
 * The first step of a passkey-approved SEPA write (`POST /v1.2/sepa/iban/add`,
 * `POST /v1.2/sepa/payments`, docs/protocol.md "SEPA and IBANs"): `{ success, data: { approvalId,
 * approvalHash, expiresAt, credentialRequestOptions } }`. `approved` is false; a tenant without
 * WebAuthn approval answers the result at once (`approved: true`, `result` the raw `data`).
 *
 * @example
 * const approval = v.parse(sepaApprovalSchema, json)
 */
export const sepaApprovalSchema = v.pipe(
  v.looseObject({ data: v.looseObject({}) }),
  v.transform((body) => body.data as Record<string, unknown>),
  v.union([
    v.pipe(
      v.looseObject({
        approvalId: v.pipe(v.string(), v.minLength(1)),
        approvalHash: v.optional(v.string()),
        expiresAt: v.optional(v.string()),
        credentialRequestOptions: passkeyRequestOptionsSchema,
      }),
      v.transform((data) => ({
        approved: false as const,
        approvalId: data.approvalId,
        approvalHash: data.approvalHash,
        expiresAt: data.expiresAt === undefined ? undefined : Date.parse(data.expiresAt),
        options: data.credentialRequestOptions,
      })),
    ),
    v.pipe(
      v.looseObject({}),
      v.transform((data) => ({ approved: true as const, result: data as unknown })),
    ),
  ]),
)

/** A SEPA write waiting for the passkey, or done at once. */
export type SepaApproval = v.InferOutput<typeof sepaApprovalSchema>
