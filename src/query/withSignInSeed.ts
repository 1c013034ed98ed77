import type { Mutation, QueryFunctionContext } from '@tanstack/query-core'
import { ibexQueryKeys, type IbexUserQueryKey } from './ibexQueryKeys.ts'
import { signInSeedTargets } from './signInSeedTargets.ts'

function asksFor(mutation: Pick<Mutation, 'state'>, flag: string): boolean {
  const variables = mutation.state.variables
  return (
    typeof variables === 'object' && variables !== null && Reflect.get(variables, flag) === true
  )
}

/**
 * Wraps the `queryFn` of a data query that an enriched sign-in can seed (balances,
 * transactions, user data with default parameters). The session turns signed-in, and the app
 * renders its data components, a moment before the sign-in mutation has seeded the cache; with
 * `asyncData` the data even arrives seconds later. So while a sign-in that asked for this block
 * is pending in the same QueryClient, the query waits for it, then returns the seeded data
 * instead of making its own request (or fetches, if nothing was seeded).
 *
 * @example
 * queryOptions({
 *   queryKey: ibexQueryKeys.balances(scope, externalUserId, params),
 *   queryFn: withSignInSeed(({ signal }) => getBalances(client, params, { signal })),
 * })
 */
export function withSignInSeed<data>(
  fetch: (context: QueryFunctionContext<IbexUserQueryKey>) => Promise<data>,
): (context: QueryFunctionContext<IbexUserQueryKey>) => Promise<data> {
  return async (context) => {
    const [, scope, , resource, params] = context.queryKey
    const target = signInSeedTargets.find((candidate) => candidate.resource === resource)
    // Only the default-parameters query is seeded.
    if (!target || Object.keys(params).length > 0) return fetch(context)
    const { client, queryKey, signal } = context
    const mutations = client.getMutationCache()
    const pending = () =>
      mutations
        .findAll({ mutationKey: ibexQueryKeys.mutation(scope, 'signIn'), status: 'pending' })
        .some((mutation) => asksFor(mutation, target.flag))
    if (!pending()) return fetch(context)

    const updatesBefore = client.getQueryState(queryKey)?.dataUpdateCount ?? 0
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        unsubscribe()
        reject(signal.reason)
      }
      const unsubscribe = mutations.subscribe(() => {
        if (pending()) return
        unsubscribe()
        signal.removeEventListener('abort', onAbort)
        resolve()
      })
      signal.addEventListener('abort', onAbort, { once: true })
    })
    const state = client.getQueryState(queryKey)
    if (state && state.dataUpdateCount > updatesBefore && state.data !== undefined) {
      return state.data as data
    }
    return fetch(context)
  }
}
