/** What `data-state` of a wallet form (`TransferForm`, `SwapForm`) says. */
export type WalletFormState = 'loading' | 'idle' | 'disabled' | 'pending' | 'success' | 'error'

/**
 * The `data-state` of a wallet form, by priority: loading (balances on their way), disabled
 * (by the app, nothing to use, or no way to sign), pending, success, error, idle.
 *
 * @example
 * walletFormState({ loading: balances.isPending, disabled, pending, done, failed: Boolean(feedback) })
 */
export function walletFormState(flags: {
  loading: boolean
  disabled: boolean
  pending: boolean
  done: boolean
  failed: boolean
}): WalletFormState {
  if (flags.loading) return 'loading'
  if (flags.disabled) return 'disabled'
  if (flags.pending) return 'pending'
  if (flags.done) return 'success'
  return flags.failed ? 'error' : 'idle'
}
