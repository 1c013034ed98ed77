import { base64ToBytes } from '../utils/base64.ts'

type PrfValuesJSON = { first: string; second?: string | undefined }
type PrfValues = { first: ArrayBuffer; second?: ArrayBuffer }

/** The PRF extension input as IBEx sends it: salts as base64url text. */
export type PrfInputsJSON = {
  eval?: PrfValuesJSON | undefined
  evalByCredential?: Record<string, PrfValuesJSON> | undefined
}

function toValues(json: PrfValuesJSON): PrfValues {
  const first = base64ToBytes(json.first).buffer
  return json.second === undefined
    ? { first }
    : { first, second: base64ToBytes(json.second).buffer }
}

/**
 * Decodes the base64url PRF salts of a WebAuthn `extensions` object into ArrayBuffers. Browsers
 * throw `TypeError: extensions.prf.eval.first is not instance of ArrayBuffer` otherwise
 * (ibex-api.md §4.3), and @simplewebauthn/browser passes extensions through untouched.
 *
 * @example
 * const extensions = decodePrfInputs(options.extensions)
 */
export function decodePrfInputs<T extends { prf?: unknown } | undefined>(extensions: T): T {
  const prf = extensions?.prf as PrfInputsJSON | undefined
  if (!extensions || !prf || typeof prf !== 'object') return extensions
  const decoded: { eval?: PrfValues; evalByCredential?: Record<string, PrfValues> } = {}
  if (prf.eval && typeof prf.eval.first === 'string') decoded.eval = toValues(prf.eval)
  if (prf.evalByCredential) {
    decoded.evalByCredential = Object.fromEntries(
      Object.entries(prf.evalByCredential).map(([id, values]) => [id, toValues(values)]),
    )
  }
  return { ...extensions, prf: decoded }
}
