import type { IbexClient } from '../core/client/IbexClient.ts'
import { createIbexClient } from '../core/client/createIbexClient.ts'
import { PROXY_HEADER } from '../core/session/createProxySessionStorage.ts'
import type { IbexProxy } from './createIbexProxy.ts'
import { getIbexSession } from './getIbexSession.ts'
import type { IbexSessionSource } from './IbexSessionSource.ts'
import { proxyInternalsOf } from './proxyInternalsOf.ts'
import { readCookie } from './readCookie.ts'

/** Options of {@link createIbexServerClient}. */
export type CreateIbexServerClientOptions = {
  /** The chain sent as `X-Blockchain-Id` where a call takes one. Default 421614. */
  chainId?: number | undefined
}

// In-process requests need an absolute URL; the host is never contacted.
const INTERNAL_ORIGIN = 'http://ibex-proxy.internal'

/**
 * An IBEx client for server code, signed in as the request's user (`null` when nobody is):
 * every action of `ibex-react/core` (`getBalances(client)`, `getUserData(client)` …) and every
 * query option factory (`balancesQueryOptions(client)` …) work with it. Its calls go through the
 * proxy's handler in-process, with the cookie's access token. It never refreshes: when the
 * access token has expired its calls fail with `IbexSessionError` and the browser refreshes
 * (one tab for all), so a server never spends the single-use refresh token. Its query keys are
 * those of the browser client `createIbexClient({ transport: 'proxy', baseUrl: proxy.basePath,
 * rpId: proxy.rpId })`, so data it prefetches is what the browser reads.
 *
 * @example
 * // a route handler or Server Component
 * import { getUserData } from 'ibex-react/core'
 * import { createIbexServerClient } from 'ibex-react/server'
 *
 * const client = await createIbexServerClient(await cookies(), ibex)
 * const profile = client ? await getUserData(client) : null
 */
export async function createIbexServerClient(
  source: IbexSessionSource,
  proxy: IbexProxy,
  options: CreateIbexServerClientOptions = {},
): Promise<IbexClient | null> {
  const session = await getIbexSession(source, proxy)
  if (!session) return null
  const { cookieName, now } = proxyInternalsOf(proxy)
  const cookie = `${cookieName}=${readCookie(source, cookieName) ?? ''}`
  const serverFetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), INTERNAL_ORIGIN)
    const method = (init?.method ?? 'GET').toUpperCase()
    if (url.pathname.endsWith('/v1.2/auth/refresh')) {
      // Only the browser refreshes: it serialises refreshes across tabs, a server cannot.
      return Response.json(
        {
          message: 'A server-side IBEx client never refreshes; the browser will.',
          error_code: 'SERVER_NO_REFRESH',
        },
        { status: 401 },
      )
    }
    if (url.pathname.endsWith('/session') && method === 'DELETE') {
      // A server cannot sign the browser out; the session just ends for this client.
      return new Response(null, { status: 204 })
    }
    const headers = new Headers(init?.headers)
    headers.set('cookie', cookie)
    headers.set(PROXY_HEADER, '1')
    const request = new Request(url, { ...init, headers })
    const response = await proxy.handle(request)
    // Whatever the proxy would set is the browser's business, not this client's.
    response.headers.delete('set-cookie')
    return response
  }
  return createIbexClient({
    transport: 'proxy',
    baseUrl: proxy.basePath,
    rpId: proxy.rpId,
    chainId: options.chainId,
    fetch: serverFetch,
    crossTab: false,
    now,
    initialState: { session },
  })
}
