'use client'
import type { IbexUserData } from '../../core/parse/IbexUserData.ts'
import {
  userDataQueryOptions,
  type UserDataQueryOptionsParameters,
} from '../../query/userDataQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useUserData}. */
export type UseUserDataParameters<data = IbexUserData> = UserDataQueryOptionsParameters<data>

/** Return type of {@link useUserData}: TanStack's query result plus its `queryKey`. */
export type UseUserDataReturnType<data = IbexUserData> = IbexDataQueryResult<
  'userData',
  IbexUserData,
  data
>

/**
 * The signed-in user's profile (`GET /users/me`): their own key/values (`data.data`, written
 * with `useUpdateUserData`), their Safes, balances and first page of transactions, the other
 * sections as IBEx sent them, and the sections that failed. Right after a sign-in with
 * `includeUserdata` it costs no request. Fresh for 5 min; idle while signed out.
 *
 * @example
 * const { data } = useUserData({ query: { select: (profile) => profile.data.language } })
 */
export function useUserData<data = IbexUserData>(
  parameters: UseUserDataParameters<data> = {},
): UseUserDataReturnType<data> {
  return useIbexDataQuery('useUserData', (client) => userDataQueryOptions(client, parameters))
}
