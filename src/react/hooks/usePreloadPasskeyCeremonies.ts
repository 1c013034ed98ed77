'use client'
import { useEffect } from 'react'
import { preloadPasskeyCeremonies } from '../../core/ceremonies/passkeys/preloadPasskeyCeremonies.ts'

/**
 * Preloads the passkey ceremonies after mount. They are not in the app's initial bundle; call
 * this in your own passkey button (`PasskeyButton` does) so that its click does not wait for a
 * download before the challenge request, and the browser's passkey prompt follows the gesture
 * as closely as it can.
 *
 * @example
 * function MyPasskeyButton() {
 *   usePreloadPasskeyCeremonies()
 *   const signIn = useSignIn()
 *   return <button onClick={() => signIn.mutate({})}>Sign in with a passkey</button>
 * }
 */
export function usePreloadPasskeyCeremonies(): void {
  useEffect(preloadPasskeyCeremonies, [])
}
