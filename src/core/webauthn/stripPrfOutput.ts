/**
 * Removes PRF output (a secret: it seeds the user's derived keys) from `clientExtensionResults`
 * before the credential is sent anywhere, keeping only whether PRF was enabled/evaluated.
 *
 * @example
 * const { results, prfCapable } = stripPrfOutput(credential.clientExtensionResults)
 */
export function stripPrfOutput<T extends object>(results: T): { results: T; prfCapable: boolean } {
  const prf = (results as { prf?: { enabled?: boolean; results?: unknown } }).prf
  if (!prf) return { results, prfCapable: false }
  const prfCapable = prf.enabled === true || prf.results !== undefined
  const { prf: _dropped, ...rest } = results as { prf?: unknown } & Record<string, unknown>
  return {
    results: { ...rest, prf: { enabled: prfCapable } } as T,
    prfCapable,
  }
}
