import type { MockView } from '../views/MockView.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'

/**
 * The answer of `POST /v1.2/safes/operations` and `batch-intent` (docs/protocol.md):
 * `batchId`, `expiresAt` and `credentialRequestOptions` whose challenge is the base64url
 * userOpHash (`data.userOpHash` repeats it in hex). Key signers get no `allowCredentials`.
 *
 * @example
 * jsonResponse(intentResponse(view, intent))
 */
export function intentResponse(
  view: MockView,
  intent: MockOperationIntent,
): Record<string, unknown> {
  return {
    batchId: intent.batchId,
    expiresAt: new Date(intent.expiresAt).toISOString(),
    credentialRequestOptions: {
      rpId: view.tenant.rpId,
      challenge: intent.challenge,
      allowCredentials: (view.user.passkey?.credentialIds ?? []).map((id) => ({
        id,
        type: 'public-key',
      })),
      timeout: 60_000,
      userVerification: 'required',
      data: { userOpHash: intent.userOpHash },
    },
  }
}
