import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { RequestSigningCodeReturnType } from '../core/operations/requestSigningCode.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'

/**
 * Mutation options that email the signed-in email user a code for their next operation
 * (`requestSigningCode`). Never retried: a resend too soon is IBEx's 429, for the UI to show.
 *
 * @example
 * await new MutationObserver(queryClient, requestSigningCodeMutationOptions(client)).mutate()
 */
export function requestSigningCodeMutationOptions(
  client: IbexClient,
  parameters: {
    mutation?: IbexMutationOverrides<RequestSigningCodeReturnType, void> | undefined
  } = {},
): MutationOptions<RequestSigningCodeReturnType, IbexError, void> {
  return ibexMutationOptions(client, 'requestSigningCode', parameters.mutation, async () =>
    (
      await loadOnDemand(
        'The signing code request',
        () => import('../core/operations/requestSigningCode.ts'),
      )
    ).requestSigningCode(client),
  )
}
