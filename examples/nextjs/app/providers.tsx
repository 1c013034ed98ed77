'use client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { IbexProvider, type IbexInitialState } from 'ibex-react'
import { useState, type ReactNode } from 'react'

export function Providers(props: {
  initialState: IbexInitialState
  rpId: string | undefined
  realtimeUrl: string | undefined
  children: ReactNode
}) {
  // One QueryClient per request on the server and one for the page in the browser, shared by
  // the kit and TanStack's HydrationBoundary (which reads it from context).
  const [queryClient] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={queryClient}>
      <IbexProvider
        config={{ transport: 'proxy', baseUrl: '/api/ibex', rpId: props.rpId }}
        initialState={props.initialState}
        queryClient={queryClient}
        realtime={props.realtimeUrl ? { url: props.realtimeUrl } : false}
      >
        {props.children}
      </IbexProvider>
    </QueryClientProvider>
  )
}
