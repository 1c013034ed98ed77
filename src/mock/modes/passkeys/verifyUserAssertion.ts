import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockView } from '../../views/MockView.ts'
import { checkClientOrigin } from './checkClientOrigin.ts'
import type { ClientData } from './readClientData.ts'
import { verifyStoredAssertion } from './verifyStoredAssertion.ts'

/**
 * Checks that one of the user's own passkeys signed `challenge` (an operation, a SEPA
 * approval): the client's origin, the credential among the user's (else UNKNOWN_CREDENTIAL),
 * then the assertion itself (`verifyStoredAssertion`).
 *
 * @example
 * const { credential, clientData } = readClientData(body, 'INVALID_ASSERTION')
 * await verifyUserAssertion(ctx, view, credential, clientData, approval.challenge)
 */
export async function verifyUserAssertion(
  ctx: MockContext,
  view: MockView,
  credential: Record<string, unknown>,
  clientData: ClientData,
  challenge: string,
): Promise<void> {
  checkClientOrigin(ctx, clientData.origin)
  const stored = view.tenant.credentials.get(String(credential.id))
  if (!stored || stored.externalUserId !== view.user.externalUserId) {
    throw new MockHttpError('UNKNOWN_CREDENTIAL', "This passkey is not the user's signer")
  }
  await verifyStoredAssertion(credential, stored, {
    challenge,
    origin: clientData.origin,
    rpId: view.tenant.rpId,
  })
}
