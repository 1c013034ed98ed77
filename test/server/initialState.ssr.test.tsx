// @vitest-environment node
import { dehydrate, QueryClient } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { describe, expect, test, vi } from 'vitest'
import type { IbexProxySession } from '../../src/core/session/IbexInitialState.ts'

const session: IbexProxySession = {
  user: {
    externalUserId: 'user-ssr-1',
    authMethod: 'PASSKEY',
    safeAddresses: { '421614': '0x1111111111111111111111111111111111111111' },
    chainId: 421614,
    hasPasskey: true,
    prfCapable: true,
  },
  expiresAt: Date.now() + 3_600_000,
  issuedAt: Date.now(),
  sessionId: 'pair-id-0123456789abcd',
}

describe('server rendering behind the proxy', () => {
  test('with initialState the provider renders signed in on a server, makes no request and plans no refresh', async () => {
    expect(typeof window).toBe('undefined')
    const fetch = vi.fn<typeof globalThis.fetch>()
    vi.stubGlobal('fetch', fetch)
    const { IbexProvider, useSession, useBalances } = await import('../../src/exports/index.ts')
    const { ibexQueryKeys } = await import('../../src/exports/index.ts')
    function App() {
      const { status, user } = useSession()
      const { data } = useBalances()
      return (
        <p>{`status:${status} user:${user?.externalUserId ?? 'none'} balances:${data ? 'yes' : 'no'}`}</p>
      )
    }
    // Balances the server prefetched, under the key the browser client computes.
    const queryClient = new QueryClient()
    queryClient.setQueryData(ibexQueryKeys.balances('localhost', 'user-ssr-1'), {})
    const html = renderToString(
      <IbexProvider
        config={{ transport: 'proxy', baseUrl: '/api/ibex', rpId: 'localhost' }}
        initialState={{ session }}
        queryClient={queryClient}
      >
        <App />
      </IbexProvider>,
    )
    expect(html).toContain('status:signed-in user:user-ssr-1 balances:yes')
    const signedOut = renderToString(
      <IbexProvider
        config={{ transport: 'proxy', baseUrl: '/api/ibex' }}
        initialState={{ session: null }}
      >
        <App />
      </IbexProvider>,
    )
    expect(signedOut).toContain('status:signed-out user:none')
    expect(dehydrate(queryClient).queries).toHaveLength(1)
    // An expired access token: still signed in (the browser will refresh), and the server
    // neither refreshes nor fetches.
    const expired = renderToString(
      <IbexProvider
        config={{ transport: 'proxy', baseUrl: '/api/ibex', rpId: 'localhost' }}
        initialState={{ session: { ...session, expiresAt: Date.now() - 60_000 } }}
      >
        <App />
      </IbexProvider>,
    )
    expect(expired).toContain('status:signed-in user:user-ssr-1')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(fetch).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })
})
