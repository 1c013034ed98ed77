import type { Hex } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { fieldPath } from './fieldPath.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type { SignMessageInput } from './OperationInput.ts'
import type { SignMessageSummary } from './OperationSummary.ts'
import { SAFE_MESSAGE_SIGNATURE } from './safeMessageSignature.ts'
import { keccak256 } from '../utils/keccak256.ts'

/** Longest message the kit sends, in UTF-16 code units (a mandate text is a few hundred). */
const MAX_MESSAGE_LENGTH = 10_000

// EIP-191 (version 0x45) with the kit's own Keccak: the summary's hash is all this draft hashes,
// and viem's hashing would add ~4.5 kB to every operation (a transfer included) for it.
function hashMessage(message: string): Hex {
  const text = new TextEncoder().encode(message)
  const prefix = new TextEncoder().encode(`\x19Ethereum Signed Message:\n${text.length}`)
  const data = new Uint8Array(prefix.length + text.length)
  data.set(prefix)
  data.set(text, prefix.length)
  return `0x${Array.from(keccak256(data), (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

/**
 * `SIGN_MESSAGE` (docs/protocol.md "Operations") from a {@link SignMessageInput}: the message must
 * be non-empty text (`validation/message-required`) of at most 10 000 characters
 * (`validation/message-too-long`). It moves no funds and spends nothing.
 *
 * @example
 * const draft = signMessageDraft({ kind: 'signMessage', message: 'I agree' }, '')
 */
export function signMessageDraft(
  input: SignMessageInput,
  at: string,
): OperationDraft<SignMessageSummary> {
  const field = fieldPath(at, 'message')
  const { message } = input
  if (typeof message !== 'string' || message.trim() === '') {
    throw new IbexValidationError({
      code: 'validation/message-required',
      field,
      message: `\`${field}\` must be the text for the Safe to sign.`,
    })
  }
  if (message.length > MAX_MESSAGE_LENGTH) {
    throw new IbexValidationError({
      code: 'validation/message-too-long',
      field,
      message: `\`${field}\` must be at most ${MAX_MESSAGE_LENGTH} characters.`,
    })
  }
  return {
    batchable: true,
    finish() {
      return Promise.resolve({
        item: { type: 'SIGN_MESSAGE', message },
        summary: {
          kind: 'signMessage',
          type: 'SIGN_MESSAGE',
          message,
          messageHash: hashMessage(message),
          signature: SAFE_MESSAGE_SIGNATURE,
        },
      })
    },
  }
}
