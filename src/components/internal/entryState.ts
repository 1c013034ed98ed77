/** Finite state of a code entry (PIN pad, OTP input), exposed as `data-state` for styling. */
export type EntryState = 'idle' | 'entering' | 'complete' | 'error' | 'pending' | 'disabled'

/**
 * The one state to style, by priority: disabled, pending, error, then how full the entry is.
 *
 * @example
 * entryState({ disabled: false, pending: false, invalid: false, count: 3, length: 6 }) // 'entering'
 */
export function entryState(parameters: {
  disabled: boolean
  pending: boolean
  invalid: boolean
  count: number
  length: number
}): EntryState {
  const { disabled, pending, invalid, count, length } = parameters
  if (disabled) return 'disabled'
  if (pending) return 'pending'
  if (invalid) return 'error'
  if (count >= length) return 'complete'
  return count > 0 ? 'entering' : 'idle'
}
