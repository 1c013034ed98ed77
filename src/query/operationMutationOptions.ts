import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { OperationInput, OperationKind } from '../core/operations/OperationInput.ts'
import type {
  RunOperationParameters,
  RunOperationReturnType,
} from '../core/operations/runOperation.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexMutationOptions } from './ibexMutationOptions.ts'
import type { OperationMutationOptionsParameters } from './OperationMutationOptionsParameters.ts'
import { SIGNER_INPUT_KEYS, type OperationVariables } from './OperationVariables.ts'
import { refreshAfterOperation } from './refreshAfterOperation.ts'

/** The result of an operation of kind `TKind`. */
export type OperationMutationData<TKind extends OperationKind> = RunOperationReturnType<
  Extract<OperationInput, { kind: TKind }>
>

/**
 * Mutation options of one operation kind: `runOperation` (validate → prepare → sign → execute →
 * track), then the user's cached data refreshed (`refreshAfterOperation`: all it moved once
 * confirmed, the operations history as soon as it was executed). The mutation key is
 * `['ibex', scope, kind]`; it is never retried. The signer's inputs (`pin`, `passphrase`,
 * `emailCode`, `signer`) are taken out of the variables object as the run starts (deleted from
 * it), so TanStack's cache and the callbacks never hold them.
 *
 * @example
 * const observer = new MutationObserver(queryClient, operationMutationOptions(client, 'transfer'))
 * await observer.mutate({ token: 'native', to, amount: '0.01' })
 */
export function operationMutationOptions<TKind extends OperationKind>(
  client: IbexClient,
  kind: TKind,
  parameters: OperationMutationOptionsParameters<
    OperationMutationData<TKind>,
    OperationVariables<TKind>
  > = {},
): MutationOptions<OperationMutationData<TKind>, IbexError, OperationVariables<TKind>> {
  const { tracking, lookups, run } = parameters
  return ibexMutationOptions(
    client,
    kind,
    parameters.mutation,
    (variables, context) => {
      // `variables` are the fields of `kind`'s input, so adding `kind` makes that input.
      const input = { ...variables, kind } as RunOperationParameters
      return refreshAfterOperation(context.client, client, async () => {
        // The pipeline (validation, signers, viem) loads with the first operation, not the app.
        const { runOperation } = await loadOnDemand(
          'The operation pipeline',
          () => import('../core/operations/runOperation.ts'),
        )
        return (await runOperation(client, input, {
          tracking,
          lookups,
          ...run?.(),
        })) as OperationMutationData<TKind>
      })
    },
    SIGNER_INPUT_KEYS,
  )
}
