import type { OperationInput, OperationKind } from '../core/operations/OperationInput.ts'
import type { OperationRunInputs } from '../core/operations/OperationRunInputs.ts'
import type { RunBatchParameters } from '../core/operations/runBatch.ts'

type WithoutKind<T> = T extends unknown ? Omit<T, 'kind'> : never

/**
 * What an operation hook's `mutate` takes: the operation's fields (amounts as typed strings),
 * the chain (default the session's) and the signer's inputs (`pin`, `passphrase` +
 * `emailCode`, or `signer`). The signer's inputs are used once and never kept: TanStack's cache
 * and the callbacks see the variables without them.
 *
 * @example
 * const variables: OperationVariables<'transfer'> = { token: 'native', to: '0x…', amount: '0.01' }
 */
export type OperationVariables<TKind extends OperationKind> = WithoutKind<
  Extract<OperationInput, { kind: TKind }>
> &
  OperationRunInputs

/**
 * What `useBatch`'s `mutate` takes: the operations (each with its `kind`), the chain and the
 * signer's inputs.
 *
 * @example
 * const variables: BatchVariables = { operations: [{ kind: 'transfer', token, to, amount: '5' }] }
 */
export type BatchVariables = RunBatchParameters

/** The variables' fields that never enter TanStack's caches (secrets, and the wallet object). */
export const SIGNER_INPUT_KEYS = ['pin', 'passphrase', 'emailCode', 'signer'] as const

/**
 * Operation variables as TanStack keeps them (`mutation.state.variables`, the callbacks'
 * `variables`): without `pin`, `passphrase`, `emailCode` and `signer`.
 *
 * @example
 * const shown: ShownOperationVariables<OperationVariables<'transfer'>> = { token, to, amount: '5' }
 */
export type ShownOperationVariables<TVariables> = TVariables extends object
  ? Omit<TVariables, (typeof SIGNER_INPUT_KEYS)[number]>
  : TVariables
