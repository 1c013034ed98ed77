import type { MutationOptions } from '@tanstack/query-core'
import { isAddressEqual, type Address } from 'viem'
import type { Config } from 'wagmi'
import type { IbexClient } from '../../../core/client/IbexClient.ts'
import type { IbexError } from '../../../core/errors/IbexError.ts'
import { IbexSessionError } from '../../../core/errors/IbexSessionError.ts'
import { IbexValidationError } from '../../../core/errors/IbexValidationError.ts'
import {
  ibexMutationOptions,
  type IbexMutationOverrides,
} from '../../../query/ibexMutationOptions.ts'
import type { DelegationState } from './delegationProtocol.ts'
import { delegationStatusQueryOptions } from './delegationStatusQueryOptions.ts'
import { signDelegationAuthorization } from './signDelegationAuthorization.ts'
import { submitDelegationAuthorization } from './submitDelegationAuthorization.ts'

/** What `mutate` of `useActivateDelegation` takes: the chain, default the session's. */
export type ActivateDelegationVariables = { chainId?: number | undefined } | void

/** Parameters of {@link activateDelegationMutationOptions}. */
export type ActivateDelegationMutationOptionsParameters = {
  /**
   * Implementations the app accepts to delegate to. When set, an implementation IBEx names that
   * is not in the list is refused (`validation/delegation-implementation-untrusted`) before the
   * wallet is asked: signing a delegation hands the EOA to that contract.
   */
  trustedImplementations?: readonly Address[] | undefined
  /** TanStack options of the caller (`onSuccess` …), applied under the kit's own. */
  mutation?: IbexMutationOverrides<DelegationState, ActivateDelegationVariables> | undefined
}

/**
 * Mutation options of the EIP-7702 activation of the signed-in 7702 user: read the delegation
 * state (fresh), then, unless it is already `SUBMITTED` or `ACTIVE`, have the connected wagmi
 * wallet sign the authorization for `implementation` and hand it to IBEx, whose sponsor sends
 * the type-4 transaction (see `delegationProtocol`). Resolves to the new state, also written to
 * the delegation query. Never retried.
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
      const chainId = variables?.chainId ?? user.chainId
      const options = delegationStatusQueryOptions(client, {
        externalUserId: user.externalUserId,
        chainId,
      })
      const state = await context.client.fetchQuery({ ...options, staleTime: 0 })
      if (!state) {
        throw new IbexValidationError({
          code: 'validation/delegation-missing',
          field: 'chainId',
          message: `IBEx has no delegation for this account on chain ${chainId}: sign in with the wallet on that chain first.`,
        })
      }
      if (state.status === 'SUBMITTED' || state.status === 'ACTIVE') return state
      if (
        trustedImplementations &&
        !trustedImplementations.some((trusted) => isAddressEqual(trusted, state.implementation))
      ) {
        throw new IbexValidationError({
          code: 'validation/delegation-implementation-untrusted',
          field: 'implementation',
          message: `IBEx asks to delegate to ${state.implementation}, which is not in trustedImplementations.`,
        })
      }
      const authorization = await signDelegationAuthorization(config, {
        address: state.address,
        chainId,
        implementation: state.implementation,
      })
      const submitted = await submitDelegationAuthorization(client, {
        address: state.address,
        authorization,
      })
      context.client.setQueryData(options.queryKey, submitted)
      return submitted
    },
  )
}
