import type { IbexProxySession } from '../core/session/IbexInitialState.ts'
import { proxyInternalsOf } from './proxyInternalsOf.ts'
import type { IbexProxy } from './createIbexProxy.ts'
import type { IbexSessionSource } from './IbexSessionSource.ts'

/**
 * The signed-in user of a request, read from the proxy's encrypted cookie, for Server
 * Components, route handlers, server actions and middleware: the user (`externalUserId`,
 * `authMethod`, `safeAddresses` …), when the access token expires, and the pair's opaque id. No
 * token: the value can be handed to the browser as it is (`<IbexProvider initialState={{ session
 * }}>`). `null` when there is no cookie, or when it was tampered with, sealed with another
 * secret, or its refresh token expired. Never calls IBEx and never refreshes.
 *
 * @example
 * // app/layout.tsx
 * import { cookies } from 'next/headers'
 * import { getIbexSession } from 'ibex-react/server'
 * import { ibex } from './ibex'
 *
 * const session = await getIbexSession(await cookies(), ibex)
 * if (session) console.log(session.user.externalUserId, new Date(session.expiresAt))
 */
export async function getIbexSession(
  source: IbexSessionSource,
  proxy: IbexProxy,
): Promise<IbexProxySession | null> {
  const session = await proxyInternalsOf(proxy).read(source)
  if (!session) return null
  return {
    user: session.record.user,
    expiresAt: session.record.expiresAt,
    issuedAt: session.record.issuedAt,
    sessionId: session.sessionId,
  }
}
