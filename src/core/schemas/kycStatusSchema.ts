import * as v from 'valibot'
import type { IbexKycStatus } from '../parse/IbexKycStatus.ts'

/**
 * The body of `GET /v1.2/users/kyc/status` (docs/protocol.md): `status` and `verified` are
 * required; `kycLevel` is read as a string (IBEx sends `"0"`, a number is accepted), `"0"` when
 * absent.
 *
 * @example
 * const kyc = v.parse(kycStatusSchema, json)
 */
export const kycStatusSchema = v.pipe(
  v.looseObject({
    kycLevel: v.fallback(v.pipe(v.union([v.string(), v.number()]), v.transform(String)), '0'),
    status: v.string(),
    verified: v.boolean(),
  }),
  v.transform((body): IbexKycStatus => ({
    kycLevel: body.kycLevel,
    status: body.status,
    verified: body.verified,
  })),
)
