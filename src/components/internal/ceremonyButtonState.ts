/** `data-state` of a component that runs a sign-up or sign-in mutation. */
export type CeremonyButtonState = 'idle' | 'pending' | 'success' | 'error'

/**
 * The `data-state` of a component running a ceremony mutation: the mutation's status, except
 * that an abort (`abortedCode`: a new run took over, the component went away) reads as `idle`,
 * not as a failure.
 *
 * @example
 * const state = ceremonyButtonState(signIn, 'wallet/aborted')
 */
export function ceremonyButtonState(
  mutation: { status: 'idle' | 'pending' | 'success' | 'error'; error: { code: string } | null },
  abortedCode: string,
): CeremonyButtonState {
  if (mutation.status === 'error' && mutation.error?.code === abortedCode) return 'idle'
  return mutation.status
}
