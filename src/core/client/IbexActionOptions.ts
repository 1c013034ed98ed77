/**
 * The last, optional argument of every action.
 *
 * @example
 * const controller = new AbortController()
 * await getSignInChallenge(client, { wallet: 'passkeys' }, { signal: controller.signal })
 */
export type IbexActionOptions = {
  /** Aborts the call; it then rejects with `IbexNetworkError('network/aborted')`. */
  signal?: AbortSignal | undefined
}
