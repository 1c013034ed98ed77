import { base64ToBytes } from '../../../core/utils/base64.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockErrorCode } from '../../errors/mockErrorCodes.ts'

/** What the mock reads from a credential before verifying it. */
export type ClientData = { type: string; challenge: string; origin: string }

/**
 * The serialised credential of a POST and its parsed `clientDataJSON`; a malformed one is
 * `errorCode` (INVALID_ATTESTATION at sign-up, INVALID_ASSERTION at sign-in).
 */
export function readClientData(
  body: Record<string, unknown>,
  errorCode: MockErrorCode,
): { credential: Record<string, unknown>; clientData: ClientData } {
  const credential = body.credential
  if (typeof credential !== 'object' || credential === null) {
    throw new MockHttpError(
      'VALIDATION',
      'credential is required (the serialised WebAuthn credential)',
    )
  }
  const response = (credential as { response?: { clientDataJSON?: unknown } }).response
  try {
    const text = new TextDecoder().decode(base64ToBytes(String(response?.clientDataJSON)))
    const clientData = JSON.parse(text) as Partial<ClientData>
    if (typeof clientData.challenge !== 'string' || typeof clientData.origin !== 'string') {
      throw new Error('missing challenge or origin')
    }
    return {
      credential: credential as Record<string, unknown>,
      clientData: {
        type: String(clientData.type),
        challenge: clientData.challenge,
        origin: clientData.origin,
      },
    }
  } catch (error) {
    throw new MockHttpError(errorCode, `Unreadable clientDataJSON: ${(error as Error).message}`)
  }
}
