import { hashMessage } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { fieldPath } from './fieldPath.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type { SignMessageInput } from './OperationInput.ts'
import type { SignMessageSummary } from './OperationSummary.ts'
import { SAFE_MESSAGE_SIGNATURE } from './safeMessageSignature.ts'

/** Longest message the kit sends, in UTF-16 code units (a mandate text is a few hundred). */
const MAX_MESSAGE_LENGTH = 10_000

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
