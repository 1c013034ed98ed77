import { base64ToBytes } from '../utils/base64.ts'

type Salt = string | BufferSource
type PrfValuesJSON = { first: Salt; second?: Salt | undefined }
type PrfValues = { first: BufferSource; second?: BufferSource }

/** The PRF extension input as IBEx sends it: salts as base64url text (or already binary). */
export type PrfInputsJSON = {
  eval?: PrfValuesJSON | undefined
  evalByCredential?: Record<string, PrfValuesJSON> | undefined
}

// Text is base64url from IBEx; a salt already in binary (an app building options itself) is kept.
function toBinary(salt: Salt): BufferSource {
  return typeof salt === 'string' ? base64ToBytes(salt).buffer : salt
}

function isValues(value: unknown): value is PrfValuesJSON {
  return typeof value === 'object' && value !== null && 'first' in value
}

function toValues(json: PrfValuesJSON): PrfValues {
  const first = toBinary(json.first)
  return json.second === undefined ? { first } : { first, second: toBinary(json.second) }
}

/**
 * Decodes the base64url PRF salts of a WebAuthn `extensions` object into ArrayBuffers. Browsers
 * throw `TypeError: extensions.prf.eval.first is not instance of ArrayBuffer` otherwise
 * (docs/protocol.md), and @simplewebauthn/browser passes extensions through untouched.
 *
 * @example
 * const extensions = decodePrfInputs(options.extensions)
 */
export function decodePrfInputs<T extends { prf?: unknown } | undefined>(extensions: T): T {
  const prf = extensions?.prf as PrfInputsJSON | undefined
  if (!extensions || !prf || typeof prf !== 'object') return extensions
  const decoded: { eval?: PrfValues; evalByCredential?: Record<string, PrfValues> } = {}
  if (isValues(prf.eval)) decoded.eval = toValues(prf.eval)
  if (prf.evalByCredential && typeof prf.evalByCredential === 'object') {
    decoded.evalByCredential = Object.fromEntries(
      Object.entries(prf.evalByCredential)
        .filter((entry): entry is [string, PrfValuesJSON] => isValues(entry[1]))
        .map(([id, values]) => [id, toValues(values)]),
    )
  }
  return { ...extensions, prf: decoded }
}
