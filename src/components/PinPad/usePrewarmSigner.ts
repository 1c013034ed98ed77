'use client'
import { useEffect } from 'react'
import { prewarmSigner } from '../../core/kdf/prewarmSigner.ts'

function prewarm(): void {
  void prewarmSigner()
}

/**
 * Prewarms the signer worker when the pad mounts (or is enabled again), and returns a handler that
 * prewarms it again, for focus: calls are cheap once the worker runs (they restart its idle
 * countdown), and a pad left alone longer than that gets a fresh worker when the user comes back.
 *
 * @param enabled - False while the pad is disabled.
 * @returns A handler for the pad's `focus` events.
 * @example
 * const prewarm = usePrewarmSigner(!disabled)
 * <div onFocus={prewarm} />
 */
export function usePrewarmSigner(enabled: boolean): () => void {
  useEffect(() => {
    if (enabled) prewarm()
  }, [enabled])
  return prewarm
}
