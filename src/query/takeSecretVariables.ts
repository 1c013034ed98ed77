import { IbexValidationError } from '../core/errors/IbexValidationError.ts'

/**
 * Moves the `keys` of a mutation's variables out of that very object (they are deleted from it)
 * into `vault`, keyed by the object. TanStack keeps the object the caller passed to `mutate` as
 * `mutation.state.variables`, so removing the secrets from it is the only way to keep them out
 * of the cache when the factories are used without the kit's hooks. Variables that are not an
 * object, or hold none of the keys, are left alone.
 *
 * A frozen object cannot give its secrets up: `validation/secret-not-removable`, before any
 * request.
 *
 * @example
 * takeSecretVariables(variables, ['pin', 'passphrase'], vault) // variables no longer has `pin`
 * const secrets = vault.get(variables)
 */
export function takeSecretVariables(
  variables: unknown,
  keys: readonly string[],
  vault: WeakMap<object, Record<string, unknown>>,
): void {
  if (typeof variables !== 'object' || variables === null) return
  let secrets: Record<string, unknown> | undefined
  for (const key of keys) {
    if (!Object.hasOwn(variables, key)) continue
    secrets ??= { ...vault.get(variables) }
    secrets[key] = (variables as Record<string, unknown>)[key]
    if (!Reflect.deleteProperty(variables, key)) {
      throw new IbexValidationError({
        code: 'validation/secret-not-removable',
        field: key,
        message: `Pass the mutation a plain, unfrozen object: the kit removes \`${key}\` from it so that TanStack's cache never holds it.`,
      })
    }
  }
  if (secrets) vault.set(variables, secrets)
}
