import { evaluatePrf } from './evaluatePrf.ts'
import type { StoredCredential } from './StoredCredential.ts'

/** PRF outputs as browsers return them in `getClientExtensionResults().prf.results`. */
export type PrfResults = { first: ArrayBuffer; second?: ArrayBuffer }

/**
 * Evaluates the PRF extension inputs for `credential`: the `evalByCredential` entry for its id
 * wins over `eval`, as the PRF extension specifies; no salts for it means no results.
 *
 * @example
 * const results = await evaluatePrfInputs(credential, { eval: { first: salt } })
 */
export async function evaluatePrfInputs(
  credential: StoredCredential,
  inputs: AuthenticationExtensionsPRFInputs | undefined,
): Promise<PrfResults | undefined> {
  const values = inputs?.evalByCredential?.[credential.idText] ?? inputs?.eval
  if (!values) return undefined
  return {
    first: await evaluatePrf(credential.prfSecret, values.first),
    ...(values.second ? { second: await evaluatePrf(credential.prfSecret, values.second) } : {}),
  }
}
