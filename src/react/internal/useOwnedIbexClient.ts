'use client'
import { useEffect, useRef } from 'react'
import { createIbexClient } from '../../core/client/createIbexClient.ts'
import type { CreateIbexClientOptions, IbexClient } from '../../core/client/IbexClient.ts'

/**
 * The client `<IbexProvider config>` creates: once for the life of the provider (later `config`
 * changes are ignored), and destroyed when the provider unmounts. Nothing when `config` is
 * undefined (the app brought its own client, which it also destroys).
 *
 * @example
 * const owned = useOwnedIbexClient(props.client ? undefined : props.config)
 */
export function useOwnedIbexClient(
  config: CreateIbexClientOptions | undefined,
): IbexClient | undefined {
  // A ref rather than a useState initializer or useMemo: Strict Mode calls those twice, and the
  // spare client would keep a BroadcastChannel open and a refresh timer running.
  const owned = useRef<IbexClient | null>(null)
  if (owned.current === null) {
    if (config) owned.current = createIbexClient(config)
  }
  // eslint-disable-next-line react-hooks/refs -- read once created, never reassigned: as stable as state.
  const client = owned.current ?? undefined
  const mounted = useRef(false)

  useEffect(() => {
    if (!client) return
    mounted.current = true
    return () => {
      mounted.current = false
      // Strict Mode unmounts and remounts at once: destroy only if no remount followed.
      queueMicrotask(() => {
        if (!mounted.current) client.destroy()
      })
    }
  }, [client])

  return client
}
