import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexIban } from '../core/parse/IbexIban.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `ibansQueryOptions(client)`: the signed-in user's IBANs, tagged with its data
 * type.
 *
 * @example
 * const ibans = queryClient.getQueryData(ibansQueryKey(client))
 */
export function ibansQueryKey(client: IbexClient): IbexDataQueryKey<'ibans', IbexIban[]> {
  return userQueryFrame<'ibans', IbexIban[]>(client, 'ibans', {}).queryKey
}
