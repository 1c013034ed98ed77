import { canonicalJson, type CanonicalJsonValue } from './canonicalJson.ts'
import type { IbexProtocolProfile } from './IbexProtocolProfile.ts'

/**
 * A proof message: one-line JSON of `fields` (undefined members dropped) with the keys in the
 * profile's `proof.keyOrder`: sorted, or the listed keys first in that order and the rest sorted.
 *
 * @example
 * proofMessageJson({ b: 1, a: 'x' }, ['b']) // '{"b":1,"a":"x"}'
 */
export function proofMessageJson(
  fields: { readonly [key: string]: CanonicalJsonValue | undefined },
  keyOrder: IbexProtocolProfile['proof']['keyOrder'],
): string {
  if (keyOrder === 'sorted') return canonicalJson(fields)
  const present = Object.keys(fields).filter((key) => fields[key] !== undefined)
  const listed = keyOrder.filter((key) => present.includes(key))
  const rest = present.filter((key) => !keyOrder.includes(key)).sort()
  const members = [...listed, ...rest].map(
    (key) => `${JSON.stringify(key)}:${canonicalJson(fields[key] as CanonicalJsonValue)}`,
  )
  return `{${members.join(',')}}`
}
