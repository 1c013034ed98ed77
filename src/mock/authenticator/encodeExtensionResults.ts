import { bytesToBase64url } from '../../core/utils/base64.ts'
import type { PrfResults } from './evaluatePrfInputs.ts'
import type { SoftwareExtensionResultsJSON } from './SoftwareAuthenticatorTypes.ts'

/** The client extension outputs the authenticator produces, binary as in browsers. */
export type SoftwareExtensionResults = {
  prf?: { enabled?: boolean; results?: PrfResults }
  credProps?: { rk: boolean }
}

/**
 * Client extension outputs → their JSON form (PRF results base64url), as
 * `PublicKeyCredential.toJSON()` writes `clientExtensionResults`.
 *
 * @example
 * encodeExtensionResults({ credProps: { rk: true } }) // { credProps: { rk: true } }
 */
export function encodeExtensionResults(
  results: SoftwareExtensionResults,
): SoftwareExtensionResultsJSON {
  const out: SoftwareExtensionResultsJSON = {}
  const prf = results.prf
  if (prf) {
    out.prf = {
      ...(prf.enabled === undefined ? {} : { enabled: prf.enabled }),
      ...(prf.results
        ? {
            results: {
              first: bytesToBase64url(new Uint8Array(prf.results.first)),
              ...(prf.results.second
                ? { second: bytesToBase64url(new Uint8Array(prf.results.second)) }
                : {}),
            },
          }
        : {}),
    }
  }
  if (results.credProps) out.credProps = results.credProps
  return out
}
