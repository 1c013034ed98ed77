import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexMandate } from '../core/parse/IbexMandate.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `mandatesQueryOptions(client)`: the signed-in user's SEPA mandates, tagged
 * with its data type.
 *
 * @example
 * const mandates = queryClient.getQueryData(mandatesQueryKey(client))
 */
export function mandatesQueryKey(client: IbexClient): IbexDataQueryKey<'mandates', IbexMandate[]> {
  return userQueryFrame<'mandates', IbexMandate[]>(client, 'mandates', {}).queryKey
}
