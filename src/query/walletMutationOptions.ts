import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from './ibexMutationOptions.ts'
import { userWriteMutationOptions } from './userWriteMutationOptions.ts'

/**
 * Mutation options of a write that adds wallets (`addGlobalWallets`, `addSafeWallets`,
 * `provisionSafe`): the action, then the user's addresses, profile and chains refetched once
 * IBEx was asked (not after input the kit refused before any request). Key
 * `['ibex', scope, name]`; never retried.
 *
 * @example
 * const observer = new MutationObserver(queryClient, walletMutationOptions(client, 'addGlobalWallets', addGlobalWallets))
 * await observer.mutate({ add: [{ family: 'EVM' }] })
 */
export function walletMutationOptions<data, variables>(
  client: IbexClient,
  name: string,
  action: (client: IbexClient, variables: variables) => Promise<data>,
  overrides?: IbexMutationOverrides<data, variables>,
): MutationOptions<data, IbexError, variables> {
  return userWriteMutationOptions(
    client,
    name,
    action,
    ['addresses', 'userData', 'userChains'],
    overrides,
  )
}
