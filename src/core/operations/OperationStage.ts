/**
 * Where an operation stands, reported through `onStage` as each begins: `validating` (inputs,
 * signer, balance), `preparing` (`POST /safes/operations`), `signing` (passkey prompt, PIN or
 * passphrase, wallet), `executing` (`PUT`), `pending` (executed, waiting for confirmation), then
 * `confirmed` or `failed` (any error, its `code` says which).
 *
 * @example
 * const labels: Record<OperationStage, string> = { validating: 'Checking…', preparing: 'Preparing…',
 *   signing: 'Confirm on your device…', executing: 'Sending…', pending: 'Waiting for the chain…',
 *   confirmed: 'Done', failed: 'Not sent' }
 */
export type OperationStage =
  'validating' | 'preparing' | 'signing' | 'executing' | 'pending' | 'confirmed' | 'failed'
