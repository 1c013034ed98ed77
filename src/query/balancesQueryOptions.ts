import { getBalances, type GetBalancesParameters } from '../core/actions/data/getBalances.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexBalances } from '../core/parse/IbexBalances.ts'
import { balancesQueryKey } from './balancesQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { withSignInSeed } from './withSignInSeed.ts'

/** Parameters of {@link balancesQueryOptions}: the read's, plus TanStack's options. */
export type BalancesQueryOptionsParameters<data = IbexBalances> = GetBalancesParameters & {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexBalances, data, 'balances'> | undefined
}

/**
 * Query options of the user's balances (`GET /users/me/balances`, see `getBalances`), cached as
 * `IbexBalances` under `ibexQueryKeys.balances(scope, externalUserId, params)` with exactly the
 * parameters given (a chain in the parameters is a key of its own, so switching chains never
 * overwrites another chain's data). Without parameters: every chain, aggregated, the entry an
 * enriched sign-in seeds (a query started during such a sign-in waits for it). Fresh for 30 s;
 * disabled while signed out.
 *
 * @example
 * const balances = await queryClient.fetchQuery(balancesQueryOptions(client, { chainId: 100 }))
 */
export function balancesQueryOptions<data = IbexBalances>(
  client: IbexClient,
  parameters: BalancesQueryOptionsParameters<data> = {},
): IbexQueryOptions<'balances', IbexBalances, data> {
  const { query, ...params } = parameters
  return ibexUserQueryOptions(
    client,
    'balances',
    balancesQueryKey(client, params),
    query,
    withSignInSeed(({ signal }) => getBalances(client, params, { signal })),
  )
}
