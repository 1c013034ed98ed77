import type { GetTokensParameters } from '../core/actions/data/getTokens.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexToken } from '../core/parse/IbexToken.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `tokensQueryOptions(client, parameters)`: the signed-in user's entry for these
 * parameters, tagged with its data type. For `invalidateQueries`, `getQueryData` and
 * `setQueryData`; the factory builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: tokensQueryKey(client, { source: 'catalogue' }) })
 */
export function tokensQueryKey(
  client: IbexClient,
  parameters: GetTokensParameters = {},
): IbexDataQueryKey<'tokens', IbexToken[]> {
  return userQueryFrame<'tokens', IbexToken[]>(client, 'tokens', parameters).queryKey
}
