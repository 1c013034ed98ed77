/**
 * The user's KYC state (`useKycStatus().data`), from `GET /v1.2/users/kyc/status`
 * (docs/protocol.md).
 *
 * @example
 * if (!kyc.verified) showKycBanner(kyc.status)
 */
export type IbexKycStatus = {
  /** `"0"`, `"1"` or `"2"` (a string, as IBEx sends it). */
  kycLevel: string
  status: 'not_started' | 'pending' | 'verified' | 'unknown' | (string & {})
  verified: boolean
}
