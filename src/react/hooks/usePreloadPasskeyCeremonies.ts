'use client'
import { useEffect } from 'react'
import { preloadPasskeyCeremonies } from '../../core/ceremonies/passkeys/preloadPasskeyCeremonies.ts'

/**
 * Preloads the passkey ceremonies after mount: the one of `mode` (`'sign-in'` or `'sign-up'`),
 * or both when it is left out. They are not in the app's initial bundle; call this in your own
 * passkey button (`PasskeyButton` does, for its mode) so that its click does not wait for a
 * download before the challenge request, and the browser's passkey prompt follows the gesture
 * as closely as it can.
 *
 * @example
 * function MyPasskeyButton() {
 *   usePreloadPasskeyCeremonies('sign-in')
 *   const signIn = useSignIn()
 *   return <button onClick={() => signIn.mutate({})}>Sign in with a passkey</button>
 * }
 */
export function usePreloadPasskeyCeremonies(mode?: 'sign-in' | 'sign-up'): void {
  useEffect(() => preloadPasskeyCeremonies(mode), [mode])
}
