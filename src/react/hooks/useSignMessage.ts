'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useSignMessage} takes: the `message`, plus the signer's inputs. */
export type SignMessageVariables = OperationVariables<'signMessage'>

/**
 * What {@link useSignMessage} resolves with: the outcome, and in `operation` the message, its
 * EIP-191 `messageHash` and the Safe's ERC-1271 `signature`.
 */
export type SignMessageData = OperationMutationData<'signMessage'>

/** Parameters of {@link useSignMessage}: `tracking`, and TanStack's `mutation` options. */
export type UseSignMessageParameters = UseOperationMutationParameters<
  SignMessageData,
  SignMessageVariables
>

/** Return type of {@link useSignMessage}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseSignMessageReturnType = OperationMutationResult<
  SignMessageData,
  SignMessageVariables
>

/**
 * Has the user's Safe sign a text message (`SIGN_MESSAGE`): the session's signer approves it
 * like any operation (passkey prompt; `pin`, `passphrase` (+ `emailCode`) or `signer`
 * otherwise), then it is tracked until confirmed. From then on the Safe answers ERC-1271
 * `isValidSignature(operation.messageHash, operation.signature)`, which `verifySafeMessage`
 * checks. An empty message is `validation/message-required`, before any request. Never retried.
 *
 * @example
 * const { mutate: sign, data, stage } = useSignMessage()
 * <button type="button" onClick={() => sign({ message: 'I agree to the terms' })}>Sign</button>
 * {data?.status === 'confirmed' && <code>{data.operation.messageHash}</code>}
 */
export function useSignMessage(
  parameters: UseSignMessageParameters = {},
): UseSignMessageReturnType {
  return useOperationMutation('useSignMessage', parameters, (client, options) =>
    operationMutationOptions(client, 'signMessage', options),
  )
}
