'use client'
import { useEffect } from 'react'
import { preloadPasskeyCeremonies } from '../../core/ceremonies/passkeys/preloadPasskeyCeremonies.ts'

/**
 * Preloads the passkey ceremonies after mount (they are not in the initial bundle), so that the
 * click on a passkey button does not wait for a download before the challenge request.
 *
 * @example
 * usePreloadPasskeyCeremonies()
 */
export function usePreloadPasskeyCeremonies(): void {
  useEffect(preloadPasskeyCeremonies, [])
}
