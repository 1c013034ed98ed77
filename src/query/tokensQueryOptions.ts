import { getTokens, type GetTokensParameters } from '../core/actions/data/getTokens.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexToken } from '../core/parse/IbexToken.ts'
import { tokensQueryKey } from './tokensQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'

/** Parameters of {@link tokensQueryOptions}. */
export type TokensQueryOptionsParameters<data = IbexToken[]> = GetTokensParameters & {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexToken[], data, 'tokens'> | undefined
}

/**
 * Query options of a token list (the user's, or with `source: 'catalogue'` every token IBEx
 * monitors; see `getTokens`), cached flat as `IbexToken[]` under `ibexQueryKeys.tokens`. Fresh
 * for 5 min; disabled while signed out (IBEx serves both lists to signed-in users only).
 *
 * @example
 * const tokens = await queryClient.fetchQuery(tokensQueryOptions(client, { chainId: 421614 }))
 */
export function tokensQueryOptions<data = IbexToken[]>(
  client: IbexClient,
  parameters: TokensQueryOptionsParameters<data> = {},
): IbexQueryOptions<'tokens', IbexToken[], data> {
  const { query, ...params } = parameters
  return ibexUserQueryOptions(
    client,
    'tokens',
    tokensQueryKey(client, params),
    query,
    ({ signal }) => getTokens(client, params, { signal }),
  )
}
