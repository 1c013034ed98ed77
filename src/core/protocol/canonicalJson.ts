/** A JSON value that {@link canonicalJson} can serialise. */
export type CanonicalJsonValue =
  | string
  | number
  | boolean
  | null
  | readonly CanonicalJsonValue[]
  | { readonly [key: string]: CanonicalJsonValue | undefined }

/**
 * Serialises a value as canonical JSON: object keys sorted by UTF-16 code unit order (what
 * `Array.prototype.sort` does on strings, identical to code point order for the ASCII keys IBEx
 * uses), no whitespace, `undefined` members dropped. The kit and the mock build the signed proof
 * messages of the KDF and email modes with it (docs/protocol.md).
 *
 * @example
 * canonicalJson({ b: 1, a: 'x' }) // '{"a":"x","b":1}'
 */
export function canonicalJson(value: CanonicalJsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value))
    return `[${value.map((item: CanonicalJsonValue) => canonicalJson(item)).join(',')}]`
  const record = value as { readonly [key: string]: CanonicalJsonValue | undefined }
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key] as CanonicalJsonValue)}`)
  return `{${members.join(',')}}`
}
