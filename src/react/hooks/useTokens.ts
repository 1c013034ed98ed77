'use client'
import type { IbexToken } from '../../core/parse/IbexToken.ts'
import {
  tokensQueryOptions,
  type TokensQueryOptionsParameters,
} from '../../query/tokensQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useTokens}. */
export type UseTokensParameters<data = IbexToken[]> = TokensQueryOptionsParameters<data>

/** Return type of {@link useTokens}: TanStack's query result plus its `queryKey`. */
export type UseTokensReturnType<data = IbexToken[]> = IbexDataQueryResult<
  'tokens',
  IbexToken[],
  data
>

/**
 * Tokens, flat over every chain or for one `chainId`: by default those the user's wallets hold
 * or have moved (`GET /users/me/tokens`, none before the first one), with `source:
 * 'catalogue'` every token IBEx monitors (`GET /chain/tokens`). Fresh for 5 min; idle while
 * signed out.
 *
 * @example
 * const { data: tokens = [] } = useTokens({ source: 'catalogue', chainId: 421614 })
 * <select>{tokens.map((token) => <option key={token.address} value={token.address}>{token.symbol}</option>)}</select>
 */
export function useTokens<data = IbexToken[]>(
  parameters: UseTokensParameters<data> = {},
): UseTokensReturnType<data> {
  return useIbexDataQuery('useTokens', (client) => tokensQueryOptions(client, parameters))
}
