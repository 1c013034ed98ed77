import { getAddress, hexToBytes, isAddress, isHex, recoverMessageAddress, type Address } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { optionalString, requiredString } from '../http/bodyFields.ts'
import type { MockView } from '../views/MockView.ts'
import { checkIntentOpen } from './checkIntentOpen.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'

async function signerOf(intent: MockOperationIntent, signature: `0x${string}`) {
  try {
    return await recoverMessageAddress({
      message: { raw: hexToBytes(intent.userOpHash) },
      signature,
    })
  } catch {
    return undefined
  }
}

/**
 * The intent a PIN, email or 7702 user's `PUT { signature, publicKey }` signs (docs/protocol.md
 * "Operations"): `publicKey` must be the bound key (401 SIGNER_MISMATCH), and the
 * EIP-191 `personal_sign` of the 32 userOpHash bytes must recover to it for one of the user's
 * intents (`userOpHash` or `batchId` in the body narrow the search); else 400
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
  const bound: Address | undefined = user.publicKey ?? user.eoa
  const signature = requiredString(body, 'signature')
  const publicKey = requiredString(body, 'publicKey')
  if (!isHex(signature)) throw new MockHttpError('INVALID_SIGNATURE', 'signature must be 0x-hex')
  if (!isAddress(publicKey, { strict: false })) {
    throw new MockHttpError('VALIDATION', 'publicKey must be the signer address')
  }
  if (!bound || getAddress(publicKey) !== bound) {
    throw new MockHttpError('SIGNER_MISMATCH', 'publicKey is not the signer bound to this user')
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
    if ((await signerOf(intent, signature)) === bound) {
      checkIntentOpen(intent, view.now, batchId)
      return intent
    }
  }
  throw new MockHttpError(
    'INVALID_SIGNATURE',
    'signature is not a personal_sign of a prepared userOpHash by publicKey',
  )
}
