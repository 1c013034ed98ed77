'use client'
import type { QueryClient } from '@tanstack/react-query'
import { createContext } from 'react'
import type { IbexClient } from '../core/client/IbexClient.ts'

/** What `<IbexProvider>` shares with the hooks. */
export type IbexContextValue = {
  client: IbexClient
  /** The app's QueryClient when it passed one, else the provider's own. */
  queryClient: QueryClient
}

/**
 * The context behind `useIbexClient()`. Hooks pass `queryClient` to TanStack explicitly instead
 * of mounting a `QueryClientProvider` that would shadow the app's own.
 *
 * @example
 * const value = useContext(IbexContext) // undefined outside <IbexProvider>
 */
export const IbexContext = createContext<IbexContextValue | undefined>(undefined)
IbexContext.displayName = 'IbexContext'
