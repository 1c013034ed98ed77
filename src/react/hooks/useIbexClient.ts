'use client'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/**
 * The `IbexClient` of the nearest `<IbexProvider>`, for calling core actions directly. Throws
 * `IbexSessionError` with code `'session/provider-missing'` outside a provider.
 *
 * @example
 * const client = useIbexClient()
 * const me = await client.request({ path: '/v1.2/users/me' })
 */
export function useIbexClient(): IbexClient {
  return useIbexContext('useIbexClient').client
}
