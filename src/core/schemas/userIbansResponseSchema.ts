import * as v from 'valibot'
import type { Address } from 'viem'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { lenient } from './lenient.ts'

const linkSchema = v.looseObject({
  safeAddress: lenient(addressSchema),
  blockchainId: lenient(chainIdSchema),
  status: lenient(v.string()),
  provider: lenient(v.string()),
  createdAt: lenient(v.string()),
  updatedAt: lenient(v.string()),
})

/**
 * `GET /v1.2/users/me/ibans` (docs/protocol.md "SEPA and IBANs"): `{ count, ibans: [...] }`, which
 * Safes have an IBAN and its status (the IBAN strings themselves come from `GET /sepa/iban`).
 *
 * @example
 * const links = v.parse(userIbansResponseSchema, json)
 */
export const userIbansResponseSchema = v.pipe(
  v.looseObject({ ibans: v.optional(v.array(linkSchema), []) }),
  v.transform((body) =>
    body.ibans.map((link) => ({
      safeAddress: (link.safeAddress ?? undefined) as Address | undefined,
      chainId: link.blockchainId ?? undefined,
      status: link.status ?? undefined,
      provider: link.provider ?? undefined,
      createdAt: link.createdAt ?? undefined,
      updatedAt: link.updatedAt ?? undefined,
    })),
  ),
)

/** An IBAN link of one of the user's Safes. */
export type IbexIbanLink = v.InferOutput<typeof userIbansResponseSchema>[number]
