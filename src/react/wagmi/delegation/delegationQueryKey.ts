import { ibexQueryKeys } from '../../../query/ibexQueryKeys.ts'

/**
 * The query key of a 7702 user's delegation state on one chain:
 * `['ibex', scope, externalUserId, 'delegation', { chainId }]`, under the user's prefix so that
 * signing out removes it with the rest of their data.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: delegationQueryKey(ibexQueryScope(client), user.externalUserId, 421614) })
 */
export function delegationQueryKey(
  scope: string,
  externalUserId: string,
  chainId: number,
): readonly ['ibex', string, string, 'delegation', { chainId: number }] {
  return [...ibexQueryKeys.user(scope, externalUserId), 'delegation', { chainId }]
}
