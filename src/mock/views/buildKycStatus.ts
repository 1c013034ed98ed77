import type { MockView } from './MockView.ts'

/**
 * `GET /v1.2/users/kyc/status` (docs/protocol.md): the mock runs no KYC provider, so every
 * user is at level `"0"`, `not_started`.
 *
 * @example
 * buildKycStatus(view).status // 'not_started'
 */
export function buildKycStatus(view: MockView): Record<string, unknown> {
  return {
    externalUserId: view.user.externalUserId,
    kycLevel: '0',
    status: 'not_started',
    verified: false,
  }
}
