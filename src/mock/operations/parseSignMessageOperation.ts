import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockOperationEffect } from './MockOperationSpec.ts'

/**
 * `SIGN_MESSAGE` (docs/protocol.md "Operations"): `message`, non-empty text, which the Safe signs
 * (EIP-191) once the operation confirms. Anything else is 400 VALIDATION.
 *
 * @example
 * parseSignMessageOperation({ type: 'SIGN_MESSAGE', message: 'I agree' }, 'operations[0]')
 */
export function parseSignMessageOperation(
  raw: Record<string, unknown>,
  at: string,
): MockOperationEffect {
  const { message } = raw
  if (typeof message !== 'string' || message.length === 0) {
    throw new MockHttpError('VALIDATION', `${at}.message must be non-empty text`)
  }
  return { kind: 'signMessage', message }
}
