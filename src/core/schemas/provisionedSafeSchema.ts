import * as v from 'valibot'
import type { IbexProvisionedSafe } from '../parse/IbexProvisionedSafe.ts'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { lenient } from './lenient.ts'

const nonceSchema = v.pipe(v.union([v.string(), v.number()]), v.transform(String))

/**
 * The body of `POST /v1.2/auth/sign-in/safe-provision` (docs/protocol.md): `address`,
 * `blockchainId` and `saltNonce` are required; `deploySaltNonce` defaults to `saltNonce`.
 *
 * @example
 * const safe = v.parse(provisionedSafeSchema, json)
 */
export const provisionedSafeSchema = v.pipe(
  v.looseObject({
    address: addressSchema,
    blockchainId: chainIdSchema,
    saltNonce: nonceSchema,
    deploySaltNonce: lenient(nonceSchema),
  }),
  v.transform((body): IbexProvisionedSafe => ({
    address: body.address,
    chainId: body.blockchainId,
    saltNonce: body.saltNonce,
    deploySaltNonce: body.deploySaltNonce ?? body.saltNonce,
  })),
)
