import { getAddress, isAddress, recoverMessageAddress, type Address, type Hex } from 'viem'
import type { IbexProtocolProfile } from '../../core/protocol/IbexProtocolProfile.ts'
import { operationSignMessage } from '../../core/protocol/operationSignature.ts'
import { readSignature } from '../../core/protocol/proofSignature.ts'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { optionalString, requiredString } from '../http/bodyFields.ts'
import type { MockView } from '../views/MockView.ts'
import { checkIntentOpen } from './checkIntentOpen.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'

async function signerOf(
  intent: MockOperationIntent,
  signature: Hex,
  rule: IbexProtocolProfile['operation'],
) {
  try {
    return await recoverMessageAddress({
      message: operationSignMessage(intent.userOpHash, rule),
      signature,
    })
  } catch {
    return undefined
  }
}

/**
 * The intent a PIN, email or 7702 user's `PUT { signature, publicKey }` signs (docs/protocol.md
 * "Signing an operation", read by the mock's `protocol.operation`): `publicKey`, when the
 * profile sends it, must be the bound key (401 SIGNER_MISMATCH), and the EIP-191
 * `personal_sign` of the 32 userOpHash bytes (or its hex text) must recover to the bound key for
 * one of the user's intents (`userOpHash` or `batchId` in the body narrow the search); else 400
 * INVALID_SIGNATURE. The intent must still be open.
 *
 * @example
 * const intent = await verifyKeyOperation(view, { signature, publicKey })
 */
export async function verifyKeyOperation(
  view: MockView,
  body: Record<string, unknown>,
  batchId?: string,
): Promise<MockOperationIntent> {
  const { user, tenant } = view
  const rule = view.config.protocol.operation
  const bound: Address | undefined = user.publicKey ?? user.eoa
  const signature = readSignature(requiredString(body, 'signature'), rule.signatureEncoding)
  if (signature === undefined) {
    throw new MockHttpError(
      'INVALID_SIGNATURE',
      `signature must be 65 bytes in ${rule.signatureEncoding}`,
    )
  }
  if (rule.publicKey) {
    const publicKey = requiredString(body, 'publicKey')
    if (!isAddress(publicKey, { strict: false })) {
      throw new MockHttpError('VALIDATION', 'publicKey must be the signer address')
    }
    if (!bound || getAddress(publicKey) !== bound) {
      throw new MockHttpError('SIGNER_MISMATCH', 'publicKey is not the signer bound to this user')
    }
  }
  const userOpHash = optionalString(body, 'userOpHash')?.toLowerCase()
  const candidates = [...tenant.operations.values()]
    .filter(
      (intent) =>
        intent.externalUserId === user.externalUserId &&
        (userOpHash === undefined || intent.userOpHash === userOpHash) &&
        (batchId === undefined || intent.batchId === batchId),
    )
    .sort((a, b) => b.createdAt - a.createdAt)
  for (const intent of candidates) {
    if (bound && (await signerOf(intent, signature, rule)) === bound) {
      checkIntentOpen(intent, view.now, batchId)
      return intent
    }
  }
  throw new MockHttpError(
    'INVALID_SIGNATURE',
    'signature is not a personal_sign of a prepared userOpHash by the bound key',
  )
}
