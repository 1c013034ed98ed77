import { base64ToBytes } from '../../core/utils/base64.ts'
import { bytesToHex } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockContext } from '../http/MockContext.ts'
import { readClientData } from '../modes/passkeys/readClientData.ts'
import { verifyUserAssertion } from '../modes/passkeys/verifyUserAssertion.ts'
import type { MockView } from '../views/MockView.ts'
import { checkIntentOpen } from './checkIntentOpen.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'

function intentOfChallenge(view: MockView, challenge: string): MockOperationIntent | undefined {
  let hash: string
  try {
    const bytes = base64ToBytes(challenge)
    if (bytes.length !== 32) return undefined
    hash = bytesToHex(bytes)
  } catch {
    return undefined
  }
  const intent = view.tenant.operations.get(hash as MockOperationIntent['userOpHash'])
  return intent?.externalUserId === view.user.externalUserId ? intent : undefined
}

/**
 * The intent a passkey user's `PUT { credential }` signs (docs/protocol.md "Operations"):
 * found by `clientDataJSON.challenge` (= base64url userOpHash), still open, then the assertion
 * verified with @simplewebauthn/server against the user's stored credential (origin, rpId, user
 * verification, signature counter, which is updated).
 *
 * @example
 * const intent = await verifyPasskeyOperation(ctx, view, body)
 */
export async function verifyPasskeyOperation(
  ctx: MockContext,
  view: MockView,
  body: Record<string, unknown>,
  batchId?: string,
): Promise<MockOperationIntent> {
  const { credential, clientData } = readClientData(body, 'INVALID_ASSERTION')
  if (clientData.type !== 'webauthn.get') {
    throw new MockHttpError('INVALID_ASSERTION', 'clientDataJSON.type must be webauthn.get')
  }
  const intent = intentOfChallenge(view, clientData.challenge)
  if (!intent) {
    throw new MockHttpError(
      'VALIDATION',
      'Unknown operation challenge: prepare it with POST /v1.2/safes/operations',
    )
  }
  checkIntentOpen(intent, view.now, batchId)
  await verifyUserAssertion(ctx, view, credential, clientData, intent.challenge)
  return intent
}
