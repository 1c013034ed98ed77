import type { DataTag } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { ibexQueryKeys, type IbexQueryKeyParams, type IbexUserQueryKey } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import type { IbexDataResource } from './ibexQueryPolicies.ts'

/** The key of a data query, tagged with its data type (typed `getQueryData`). */
export type IbexDataQueryKey<resource extends IbexDataResource, data> = DataTag<
  IbexUserQueryKey<resource>,
  data,
  IbexError
>

/**
 * The user part of a data query: its key for the signed-in user of `client` (read from the
 * session now; hooks re-render on session changes) and whether there is one. Signed out, the
 * key names the user `''` and the query must stay disabled.
 *
 * @example
 * const { queryKey, signedIn } = userQueryFrame<'balances', IbexBalances>(client, 'balances', params)
 */
export function userQueryFrame<resource extends IbexDataResource, data>(
  client: IbexClient,
  resource: resource,
  params: IbexQueryKeyParams,
): { queryKey: IbexDataQueryKey<resource, data>; signedIn: boolean } {
  const user = client.session.getSnapshot().user
  const key = ibexQueryKeys[resource] as (
    scope: string,
    externalUserId: string,
    params: IbexQueryKeyParams,
  ) => IbexUserQueryKey<resource>
  return {
    // The tag is a type only: the data type of this key's entries.
    queryKey: key(ibexQueryScope(client), user?.externalUserId ?? '', params) as IbexDataQueryKey<
      resource,
      data
    >,
    signedIn: user !== null,
  }
}
