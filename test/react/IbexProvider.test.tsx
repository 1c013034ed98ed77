import {
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import { StrictMode, type ReactNode } from 'react'
import { describe, expect, test, vi } from 'vitest'
import type { IbexClient } from '../../src/core/client/IbexClient.ts'
import { IbexSessionError } from '../../src/core/errors/IbexSessionError.ts'
import { ibexQueryKeys } from '../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../src/query/ibexQueryScope.ts'
import { useIbexClient } from '../../src/react/hooks/useIbexClient.ts'
import { useIbexLocale } from '../../src/react/hooks/useIbexLocale.ts'
import { useIbexQueryClient } from '../../src/react/hooks/useIbexQueryClient.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { IbexProvider } from '../../src/react/IbexProvider.tsx'
import { createTestIbex, TEST_BASE_URL } from '../utils/createTestIbex.ts'
import { signUpWithPasskey } from '../utils/signUpWithPasskey.ts'

// An access token whose `sub` is u1, valid until 2100: enough for the session store.
const AUTH_BODY = {
  access_token: 'a.eyJzdWIiOiJ1MSIsImV4cCI6NDEwMjQ0NDgwMH0.s',
  refresh_token: 'r',
  expires_in: 3600,
}

function ClientProbe({ onClient }: { onClient: (client: IbexClient) => void }) {
  onClient(useIbexClient())
  return <p>{useSession().status}</p>
}

describe('IbexProvider', () => {
  test('default: gives its children the client it was passed', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const { result } = renderHook(() => useIbexClient(), {
      wrapper: ({ children }) => <IbexProvider client={ibex.client}>{children}</IbexProvider>,
    })
    expect(result.current).toBe(ibex.client)
  })

  test('parameters: config creates the client once and destroys it on unmount', async () => {
    const onSessionChange = vi.fn()
    const clients = new Set<IbexClient>()
    const tree = (label: string) => (
      <IbexProvider config={{ baseUrl: TEST_BASE_URL, crossTab: false, onSessionChange }}>
        <ClientProbe onClient={(client) => clients.add(client)} />
        <span>{label}</span>
      </IbexProvider>
    )
    const { rerender, unmount } = render(tree('first'), { wrapper: StrictMode })
    rerender(tree('second'))
    expect(screen.getByText('second')).toBeInTheDocument()
    expect(clients.size).toBe(1)
    const [client] = [...clients] as [IbexClient]
    expect(client.config.baseUrl).toBe(TEST_BASE_URL)

    // Strict Mode's unmount/remount of effects must not have destroyed it.
    await Promise.resolve()
    await client.session.applyAuthResponse(AUTH_BODY)
    expect(onSessionChange).toHaveBeenCalledTimes(1)
    expect(screen.getByText('signed-in')).toBeInTheDocument()

    unmount()
    await Promise.resolve()
    await client.signOut()
    // destroy() stopped the notifications.
    expect(onSessionChange).toHaveBeenCalledTimes(1)
  })

  test('behavior: a client passed by the app is not destroyed on unmount', async () => {
    const onSessionChange = vi.fn()
    const ibex = await createTestIbex({ authenticator: false, client: { onSessionChange } })
    const { unmount } = render(
      <IbexProvider client={ibex.client}>
        <ClientProbe onClient={() => {}} />
      </IbexProvider>,
    )
    unmount()
    await Promise.resolve()
    await ibex.client.session.applyAuthResponse(AUTH_BODY)
    // Still notifying: destroy() was left to the app.
    expect(onSessionChange).toHaveBeenCalledTimes(1)
  })

  test('behavior: without queryClient, uses its own and leaves the app QueryClientProvider visible', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const appQueryClient = new QueryClient()
    const greeting = queryOptions({ queryKey: ['app', 'greeting'], queryFn: () => 'hello' })
    function App() {
      const nearest = useQueryClient()
      const ibexQueryClient = useIbexQueryClient()
      const { data } = useQuery(greeting)
      return (
        <p>
          {data} {String(nearest === appQueryClient)} {String(ibexQueryClient === appQueryClient)}
        </p>
      )
    }
    render(
      <QueryClientProvider client={appQueryClient}>
        <IbexProvider client={ibex.client}>
          <App />
        </IbexProvider>
      </QueryClientProvider>,
    )
    expect(await screen.findByText('hello true false')).toBeInTheDocument()
    expect(appQueryClient.getQueryData(greeting.queryKey)).toBe('hello')
  })

  test('parameters: queryClient puts the kit queries in the app client', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const appQueryClient = new QueryClient()
    const { result } = renderHook(() => ({ ibex: useIbexQueryClient(), app: useQueryClient() }), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={appQueryClient}>
          <IbexProvider client={ibex.client} queryClient={appQueryClient}>
            {children}
          </IbexProvider>
        </QueryClientProvider>
      ),
    })
    expect(result.current.ibex).toBe(appQueryClient)
    expect(result.current.app).toBe(appQueryClient)
  })

  test('parameters: locale is offered to the components', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <IbexProvider client={ibex.client} locale="fr">
        {children}
      </IbexProvider>
    )
    expect(renderHook(() => useIbexLocale(), { wrapper }).result.current).toBe('fr')
    expect(renderHook(() => useIbexLocale()).result.current).toBeUndefined()
  })

  test('behavior: neither client nor config is a clear error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // @ts-expect-error -- the props demand one of the two; a JavaScript caller may forget both.
    const missing = <IbexProvider>app</IbexProvider>
    expect(() => render(missing)).toThrow(/needs `client` .* or `config`/)
  })

  test("behavior: a user's queries go when the user signs out elsewhere (another tab, a refused refresh)", async () => {
    const ibex = await createTestIbex()
    render(
      <IbexProvider client={ibex.client} queryClient={ibex.queryClient}>
        app
      </IbexProvider>,
    )
    const user = await signUpWithPasskey(ibex)
    const scope = ibexQueryScope(ibex.client)
    const seeded: QueryKey[] = [
      ibexQueryKeys.balances(scope, user.externalUserId),
      ibexQueryKeys.transactions(scope, user.externalUserId, { page: 2 }),
      ibexQueryKeys.balances(scope, 'someone-else'),
      ibexQueryKeys.balances('other-tenant.example', user.externalUserId),
      ['app', 'settings'],
    ]
    for (const key of seeded) ibex.queryClient.setQueryData(key, { seeded: true })

    // What a sign-out message from another tab does to this client.
    await ibex.client.signOut()

    await waitFor(() => {
      expect(ibex.queryClient.getQueryData(seeded[0] as QueryKey)).toBeUndefined()
    })
    expect(ibex.queryClient.getQueryData(seeded[1] as QueryKey)).toBeUndefined()
    for (const key of seeded.slice(2)) {
      expect(ibex.queryClient.getQueryData(key)).toEqual({ seeded: true })
    }
  })
})

describe('useIbexClient', () => {
  test('behavior: outside IbexProvider throws session/provider-missing with a fix', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let thrown: unknown
    try {
      renderHook(() => useIbexClient())
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(IbexSessionError)
    expect(thrown).toMatchObject({ code: 'session/provider-missing' })
    expect((thrown as Error).message).toContain(
      '`useIbexClient` must be used inside <IbexProvider>',
    )
  })
})
