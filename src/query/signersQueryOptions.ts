import { getSigners } from '../core/actions/data/getSigners.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexSigner } from '../core/parse/IbexSigner.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { signersQueryKey } from './signersQueryKey.ts'

/** Parameters of {@link signersQueryOptions}. */
export type SignersQueryOptionsParameters<data = IbexSigner[]> = {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexSigner[], data, 'signers'> | undefined
}

/**
 * Query options of the user's signers (`GET /users/me/signers`, see `getSigners`), cached as
 * `IbexSigner[]` under `signersQueryKey(client)`. Fresh for 5 min; disabled while signed out.
 *
 * @example
 * const signers = await queryClient.fetchQuery(signersQueryOptions(client))
 */
export function signersQueryOptions<data = IbexSigner[]>(
  client: IbexClient,
  parameters: SignersQueryOptionsParameters<data> = {},
): IbexQueryOptions<'signers', IbexSigner[], data> {
  return ibexUserQueryOptions(
    client,
    'signers',
    signersQueryKey(client),
    parameters.query,
    ({ signal }) => getSigners(client, { signal }),
  )
}
