import { bytesToHex } from 'viem'
import { bytesToBase64url } from '../../../core/utils/base64.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockSepa, MockSepaApproval } from '../../sepa/MockSepa.ts'
import type { MockView } from '../../views/MockView.ts'
import { sepaOk } from './sepaOk.ts'

/** How long a passkey approval stays open. */
const APPROVAL_TTL_MS = 5 * 60_000

export function openSepaApproval(
  view: MockView,
  sepa: MockSepa,
  kind: MockSepaApproval['kind'],
  payload: Record<string, unknown>,
): Response {
  const credentialIds = view.user.passkey?.credentialIds ?? []
  if (credentialIds.length === 0) {
    throw new MockHttpError('VALIDATION', 'This user has no PASSKEY signer to approve with')
  }
  const bytes = view.state.random.bytes(32)
  const approval: MockSepaApproval = {
    approvalId: view.state.random.uuid(),
    approvalHash: bytesToHex(bytes),
    challenge: bytesToBase64url(bytes),
    kind,
    payload,
    expiresAt: view.now + APPROVAL_TTL_MS,
    used: false,
  }
  sepa.approvals.set(approval.approvalId, approval)
  return sepaOk({
    approvalId: approval.approvalId,
    approvalHash: approval.approvalHash,
    expiresAt: new Date(approval.expiresAt).toISOString(),
    credentialRequestOptions: {
      challenge: approval.challenge,
      timeout: 60_000,
      rpId: view.tenant.rpId,
      userVerification: 'required',
      allowCredentials: credentialIds.map((id) => ({
        id,
        type: 'public-key',
        transports: ['internal'],
      })),
    },
  })
}
