'use client'
import type { IbexSigner } from '../../core/parse/IbexSigner.ts'
import {
  signersQueryOptions,
  type SignersQueryOptionsParameters,
} from '../../query/signersQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useSigners}. */
export type UseSignersParameters<data = IbexSigner[]> = SignersQueryOptionsParameters<data>

/** Return type of {@link useSigners}: TanStack's query result plus its `queryKey`. */
export type UseSignersReturnType<data = IbexSigner[]> = IbexDataQueryResult<
  'signers',
  IbexSigner[],
  data
>

/**
 * The signed-in user's signers (`GET /users/me/signers`): passkeys, email keys and external
 * wallets, each with its wallet mode and how many Safes it controls. Fresh for 5 min; idle while
 * signed out.
 *
 * @example
 * const { data: signers = [] } = useSigners()
 * <ul>{signers.map((signer) => <li key={signer.id}>{signer.keyDisplayName ?? signer.type}</li>)}</ul>
 */
export function useSigners<data = IbexSigner[]>(
  parameters: UseSignersParameters<data> = {},
): UseSignersReturnType<data> {
  return useIbexDataQuery('useSigners', (client) => signersQueryOptions(client, parameters))
}
