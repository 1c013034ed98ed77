import { IbexNetworkError } from '../errors/IbexNetworkError.ts'

/**
 * Runs a dynamic `import()` of a part of the kit loaded on demand (a ceremony, a parser, a
 * schema) and turns a failed download into an `IbexNetworkError` (`network/load-failed`) that
 * names the part, like any other error a user can hit. The `import()` stays written at the call
 * site so that bundlers see it and split the module out.
 *
 * @param what - The part, for the message (e.g. "The passkey sign-in").
 * @param load - `() => import('./module.ts')`.
 * @example
 * const { signInWithPasskey } = await loadOnDemand('The passkey sign-in', () => import('./signInWithPasskey.ts'))
 */
export async function loadOnDemand<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (cause) {
    throw new IbexNetworkError({ code: 'network/load-failed', endpoint: what, cause })
  }
}
