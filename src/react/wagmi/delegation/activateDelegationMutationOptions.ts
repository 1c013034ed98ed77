import type { MutationOptions } from '@tanstack/query-core'
import { isAddressEqual, type Address } from 'viem'
import type { Config } from 'wagmi'
import type { IbexClient } from '../../../core/client/IbexClient.ts'
import type { IbexError } from '../../../core/errors/IbexError.ts'
import { IbexSessionError } from '../../../core/errors/IbexSessionError.ts'
import { IbexValidationError } from '../../../core/errors/IbexValidationError.ts'
import type { IbexSessionUser } from '../../../core/session/IbexSessionRecord.ts'
import {
  ibexMutationOptions,
  type IbexMutationOverrides,
} from '../../../query/ibexMutationOptions.ts'
import type { DelegationState } from './DelegationState.ts'
import { delegationStatusQueryOptions } from './delegationStatusQueryOptions.ts'
import { eoaOf } from './eoaOf.ts'
import { sendDelegationTransaction } from './sendDelegationTransaction.ts'

/**
 * What `mutate` of `useActivateDelegation` takes: the chain (default the session's) and the
 * contract to delegate to (default the one IBEx named at sign-up or sign-in on that chain).
 */
export type ActivateDelegationVariables = {
  chainId?: number | undefined
  implementation?: Address | undefined
} | void

/** Parameters of {@link activateDelegationMutationOptions}. */
export type ActivateDelegationMutationOptionsParameters = {
  /**
   * Implementations the app accepts to delegate to. When set, an implementation that is not in
   * the list is refused (`validation/delegation-implementation-untrusted`) before the wallet is
   * asked: signing a delegation hands the EOA to that contract.
   */
  trustedImplementations?: readonly Address[] | undefined
  /** TanStack options of the caller (`onSuccess` …), applied under the kit's own. */
  mutation?: IbexMutationOverrides<DelegationState, ActivateDelegationVariables> | undefined
}

/**
 * The signed-in 7702 user, or the session error / validation error that stops the activation.
 *
 * @example
 * const user = walletUserOf(client)
 */
function walletUserOf(client: IbexClient): IbexSessionUser {
  const session = client.session.getSnapshot()
  if (session.status !== 'signed-in') {
    throw new IbexSessionError({
      code: 'session/signed-out',
      message: 'Sign in with the wallet before activating its delegation.',
    })
  }
  const { user } = session
  if (user.authMethod !== 'EOA_7702') {
    throw new IbexValidationError({
      code: 'validation/wallet-mode-unsupported',
      field: 'walletMode',
      message: `Only EIP-7702 (external wallet) users have a delegation; this user signed in with ${user.authMethod}.`,
    })
  }
  return user
}

/**
 * Mutation options of the EIP-7702 activation of the signed-in 7702 user, as IBEx documents it
 * (the client broadcasts the authorization transaction): read the delegation on chain (fresh);
 * unless it is already `ACTIVE` or `SUBMITTED`, have the connected wagmi wallet sign the
 * authorization for IBEx's `delegation.implementation` and send the type-4 transaction
 * (`sendDelegationTransaction`). Resolves to `SUBMITTED` with the `txHash`, also written to the
 * delegation query, which follows it to `ACTIVE`. Never retried.
 *
 * @example
 * const state = await new MutationObserver(queryClient, activateDelegationMutationOptions(client, wagmiConfig)).mutate()
 */
export function activateDelegationMutationOptions(
  client: IbexClient,
  config: Config,
  parameters: ActivateDelegationMutationOptionsParameters = {},
): MutationOptions<DelegationState, IbexError, ActivateDelegationVariables> {
  const { trustedImplementations } = parameters
  return ibexMutationOptions(
    client,
    'activateDelegation',
    parameters.mutation,
    async (variables, context) => {
      const user = walletUserOf(client)
      const chainId = variables?.chainId ?? user.chainId
      const address = eoaOf(user, chainId)
      const implementation = variables?.implementation ?? user.delegations?.[String(chainId)]
      if (!address || !implementation) {
        throw new IbexValidationError({
          code: 'validation/delegation-missing',
          field: 'implementation',
          message: `IBEx named no delegation for this account on chain ${chainId}: sign in with the wallet on that chain first, or pass \`implementation\`.`,
        })
      }
      if (
        trustedImplementations &&
        !trustedImplementations.some((trusted) => isAddressEqual(trusted, implementation))
      ) {
        throw new IbexValidationError({
          code: 'validation/delegation-implementation-untrusted',
          field: 'implementation',
          message: `IBEx asks to delegate to ${implementation}, which is not in trustedImplementations.`,
        })
      }
      const options = delegationStatusQueryOptions(client, config, {
        externalUserId: user.externalUserId,
        address,
        chainId,
        implementation,
      })
      const state = await context.client.fetchQuery({ ...options, staleTime: 0 })
      if (state.status === 'ACTIVE' || state.status === 'SUBMITTED') return state
      const txHash = await sendDelegationTransaction(config, { address, chainId, implementation })
      const submitted: DelegationState = { ...state, status: 'SUBMITTED', txHash }
      context.client.setQueryData(options.queryKey, submitted)
      return submitted
    },
  )
}
