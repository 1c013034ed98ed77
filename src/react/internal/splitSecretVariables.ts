// The fields of the sign-up/sign-in variables that are secrets: the PIN (kdf), the backup
// passphrase (email), never stored in any cache (design.md §3), and the emailed code, a
// credential for as long as it is valid.
const SECRET_KEYS = ['pin', 'passphrase', 'code'] as const

/** A field of the sign-up or sign-in variables that must never reach a cache. */
export type SecretVariableKey = (typeof SECRET_KEYS)[number]

/**
 * The variables of a sign-up or sign-in as TanStack keeps them (`mutation.state.variables`,
 * the hook's `variables`, the callbacks' `variables`): everything but the PIN, the passphrase
 * and the emailed code.
 *
 * @example
 * const shown: WithoutSecrets<SignInVariables> = { wallet: 'kdf', includeBalance: true }
 */
export type WithoutSecrets<variables> = variables extends object
  ? Omit<variables, SecretVariableKey>
  : variables

/** What {@link splitSecretVariables} returns. */
export type SplitSecretVariables<variables> = {
  /** A new object without the secrets (or the variables themselves when they hold none). */
  shown: WithoutSecrets<variables>
  /** The secrets taken out, or `null` when there were none. */
  secrets: Partial<Record<SecretVariableKey, unknown>> | null
}

/**
 * Takes the PIN, passphrase and emailed code out of the variables of a sign-up or sign-in, so
 * that what TanStack stores in its mutation cache holds no secret; the ceremony gets them back
 * through another path (see `useCeremonyMutation`).
 *
 * @example
 * splitSecretVariables({ wallet: 'kdf', pin: '482916' })
 * // { shown: { wallet: 'kdf' }, secrets: { pin: '482916' } }
 */
export function splitSecretVariables<variables>(
  variables: variables,
): SplitSecretVariables<variables> {
  if (typeof variables !== 'object' || variables === null) {
    return { shown: variables as WithoutSecrets<variables>, secrets: null }
  }
  const shown: Record<string, unknown> = { ...(variables as Record<string, unknown>) }
  const secrets: Partial<Record<SecretVariableKey, unknown>> = {}
  let found = false
  for (const key of SECRET_KEYS) {
    if (!(key in shown)) continue
    secrets[key] = shown[key]
    delete shown[key]
    found = true
  }
  if (!found) return { shown: variables as WithoutSecrets<variables>, secrets: null }
  return { shown: shown as WithoutSecrets<variables>, secrets }
}
