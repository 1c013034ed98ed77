import { base64ToBytes } from '../../core/utils/base64.ts'
import type { CredentialDescriptorJSON } from './SoftwareAuthenticatorTypes.ts'

/**
 * JSON credential descriptors (base64url ids) → the binary ones `navigator.credentials` takes.
 * Transports are dropped: the software authenticator is every transport at once.
 *
 * @example
 * decodeCredentialDescriptors([{ id: 'AQID', type: 'public-key' }])
 * // [{ id: Uint8Array [1, 2, 3], type: 'public-key' }]
 */
export function decodeCredentialDescriptors(
  descriptors: readonly CredentialDescriptorJSON[] | undefined,
): PublicKeyCredentialDescriptor[] {
  return (descriptors ?? []).map((d) => ({ id: base64ToBytes(d.id), type: 'public-key' }))
}
