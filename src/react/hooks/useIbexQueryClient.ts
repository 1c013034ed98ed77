'use client'
import type { QueryClient } from '@tanstack/react-query'
import { useIbexContext } from '../internal/useIbexContext.ts'

/**
 * The QueryClient that holds the kit's queries: the app's own when it gave `<IbexProvider>` one,
 * else the provider's. Use it to invalidate or read IBEx data (keys from `ibexQueryKeys`).
 *
 * @example
 * const queryClient = useIbexQueryClient()
 * queryClient.invalidateQueries({ queryKey: ibexQueryKeys.user(ibexQueryScope(client), id) })
 */
export function useIbexQueryClient(): QueryClient {
  return useIbexContext('useIbexQueryClient').queryClient
}
