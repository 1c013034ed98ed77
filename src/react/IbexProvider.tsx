'use client'
import { QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { IbexLocale } from '../components/internal/messages/IbexMessages.ts'
import type { CreateIbexClientOptions, IbexClient } from '../core/client/IbexClient.ts'
import { IbexSessionError } from '../core/errors/IbexSessionError.ts'
import type { IbexInitialState } from '../core/session/IbexInitialState.ts'
import type { CreateRealtimeClientOptions } from '../core/realtime/IbexRealtimeClient.ts'
import { clearQueriesOnSessionEnd } from '../query/clearQueriesOnSessionEnd.ts'
import { IbexContext, type IbexContextValue } from './IbexContext.ts'
import { IbexLocaleContext } from './IbexLocaleContext.ts'
import { IbexRealtimeContext } from './IbexRealtimeContext.ts'
import { useOwnedIbexClient } from './internal/useOwnedIbexClient.ts'
import { useProviderRealtime } from './internal/useProviderRealtime.ts'

type IbexProviderClientProps =
  | {
      /**
       * A client you created with `createIbexClient` (and destroy yourself). Use it to share one
       * client with code outside React.
       *
       * @example
       * const client = createIbexClient({ baseUrl: '/ibex', storage: 'localStorage' })
       * <IbexProvider client={client}>…</IbexProvider>
       */
      client: IbexClient
      config?: never
    }
  | {
      /**
       * Options of `createIbexClient`: the provider creates the client once (later changes are
       * ignored) and destroys it when it unmounts.
       *
       * @example
       * <IbexProvider config={{ baseUrl: 'https://passkeys-testnet.ibex.fi', rpId: 'example.com' }}>…</IbexProvider>
       */
      config: CreateIbexClientOptions
      client?: never
    }

/** Props of {@link IbexProvider}: `client` or `config`, plus the optional ones below. */
export type IbexProviderProps = IbexProviderClientProps & {
  /**
   * The app's own QueryClient. The kit's queries then live in it (devtools, persistence and
   * defaults apply to them) under keys that start with `'ibex'`. Without it the provider creates
   * one for itself. Either way nothing is put in TanStack's context, so the app's
   * `QueryClientProvider` is never shadowed.
   *
   * @example
   * const queryClient = new QueryClient()
   * <QueryClientProvider client={queryClient}>
   *   <IbexProvider config={config} queryClient={queryClient}>…</IbexProvider>
   * </QueryClientProvider>
   */
  queryClient?: QueryClient | undefined
  /**
   * Language of the built-in strings of `ibex-react/components`, used where a component gets no
   * `locale` prop.
   * @default 'en'
   * @example
   * <IbexProvider config={config} locale="fr">…</IbexProvider>
   */
  locale?: IbexLocale | undefined
  /**
   * Live updates over IBEx's WebSocket: balances, transactions and the profile in the cache
   * follow the pushes in place, `useRealtimeStatus()` and `useIbexEvents()` work, and operations
   * track faster. One socket per signed-in user across all the tabs of the browser (one tab
   * leads and relays to the others). `false` turns it off; options of `createRealtimeClient`
   * (`clientName`, `reconnect`, `WebSocket`, `url` …) turn it on with them, read once.
   * With `transport: 'proxy'` it is on only when given IBEx's socket URL (`{ url }`): the
   * browser opens the socket to IBEx directly, with the access token fetched from the proxy.
   * @default true in a browser (with `transport: 'proxy'`: false), false on a server
   * @example
   * <IbexProvider config={config} realtime={{ clientName: 'My App' }}>…</IbexProvider>
   */
  realtime?: boolean | CreateRealtimeClientOptions | undefined
  /**
   * With `config.transport: 'proxy'`: the session the server read from the proxy's cookie
   * (`getIbexSession` of `ibex-react/server`), so the page server-renders signed in (or signed
   * out) and hydrates without a `loading` flash. Read once, like `config`.
   * @example
   * <IbexProvider config={{ transport: 'proxy', baseUrl: '/api/ibex' }} initialState={{ session }}>…</IbexProvider>
   */
  initialState?: IbexInitialState | undefined
  /**
   * The app. Hooks such as `useSession()` work anywhere below.
   *
   * @example
   * <IbexProvider config={config}><App /></IbexProvider>
   */
  children?: ReactNode
}

/**
 * Holds the IBEx client and a QueryClient for the hooks and components below it. Renders on a
 * server (the session is `loading` there and until the browser hydrates; nothing touches
 * `window`). A user's cached queries are removed when that user signs out, in this tab or
 * another, or when another user signs in. In a browser it keeps the signed-in user's data live
 * over IBEx's WebSocket (see the `realtime` prop).
 *
 * @example
 * import { IbexProvider, useSession } from 'ibex-react'
 *
 * export function Root() {
 *   return (
 *     <IbexProvider config={{ baseUrl: 'https://passkeys-testnet.ibex.fi', storage: 'localStorage' }}>
 *       <App />
 *     </IbexProvider>
 *   )
 * }
 */
export function IbexProvider(props: IbexProviderProps): ReactNode {
  const { queryClient: appQueryClient, locale, realtime: realtimeOption, children } = props
  const owned = useOwnedIbexClient(
    props.client
      ? undefined
      : props.initialState
        ? { ...props.config, initialState: props.initialState }
        : props.config,
  )
  const client = props.client ?? owned
  if (!client) {
    throw new IbexSessionError({
      code: 'session/provider-missing',
      message:
        "<IbexProvider> needs `client` (from createIbexClient) or `config` (its options), e.g. <IbexProvider config={{ baseUrl: 'https://passkeys-testnet.ibex.fi' }}>.",
    })
  }
  // Created even when the app passes its own (it costs two empty caches), so that dropping the
  // `queryClient` prop later still leaves a client that is stable from render to render.
  const [ownQueryClient] = useState(() => new QueryClient())
  const queryClient = appQueryClient ?? ownQueryClient

  useEffect(() => {
    // What QueryClientProvider does: refetch on focus and reconnect. Counted, so mounting the
    // app's client a second time is harmless.
    queryClient.mount()
    return () => queryClient.unmount()
  }, [queryClient])

  useEffect(() => clearQueriesOnSessionEnd(client, queryClient), [client, queryClient])
  const realtime = useProviderRealtime(client, queryClient, realtimeOption)

  const value = useMemo<IbexContextValue>(() => ({ client, queryClient }), [client, queryClient])
  return (
    <IbexContext.Provider value={value}>
      <IbexRealtimeContext.Provider value={realtime}>
        <IbexLocaleContext.Provider value={locale}>{children}</IbexLocaleContext.Provider>
      </IbexRealtimeContext.Provider>
    </IbexContext.Provider>
  )
}
