import { encodeExtensionResults, type SoftwareExtensionResults } from './encodeExtensionResults.ts'
import { SoftwarePublicKeyCredential } from './SoftwarePublicKeyCredential.ts'
import type { SoftwareCredentialJSON } from './SoftwareAuthenticatorTypes.ts'
import type { StoredCredential } from './StoredCredential.ts'

/**
 * The `PublicKeyCredential` a ceremony resolves to: the binary `response` for code that reads it
 * as from a browser, and its precomputed JSON for `toJSON()` (what gets POSTed to IBEx).
 *
 * @example
 * return wrapCredential(credential, response, extensionResults, responseJson)
 */
export function wrapCredential<Response extends object, ResponseJson>(
  credential: StoredCredential,
  response: Response,
  extensionResults: SoftwareExtensionResults,
  responseJson: ResponseJson,
): SoftwarePublicKeyCredential<Response, SoftwareCredentialJSON<ResponseJson>> {
  return new SoftwarePublicKeyCredential({
    id: credential.idText,
    rawId: credential.id.buffer.slice(0),
    response,
    extensionResults,
    json: {
      id: credential.idText,
      rawId: credential.idText,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: responseJson,
      clientExtensionResults: encodeExtensionResults(extensionResults),
    },
  })
}
