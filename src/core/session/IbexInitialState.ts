import type { IbexSessionUser } from './IbexSessionRecord.ts'

/**
 * The session a server read from the proxy's cookie, as it may be handed to the browser: the user
 * and the times, never a token. `sessionId` names the current token pair without revealing it
 * (the browser sends it back when it asks the proxy to refresh, so a stale tab is told about the
 * newer pair instead of spending the refresh token twice).
 *
 * @example
 * const session = await getIbexSession(request, ibex) // ibex-react/server
 * session?.user.safeAddresses['421614']
 */
export type IbexProxySession = {
  user: IbexSessionUser
  /** When the access token expires, ms since the epoch. */
  expiresAt: number
  /** When the token pair was issued, ms since the epoch. */
  issuedAt: number
  /** An opaque name of the current token pair (not a token). */
  sessionId: string
}

/**
 * What `createIbexClient({ transport: 'proxy', initialState })` and `<IbexProvider initialState>`
 * start from, so a server-rendered page and its first browser render agree: signed in (or
 * signed out), never `loading`. Plain JSON: it crosses from a Server Component to a Client
 * Component as a prop.
 *
 * @example
 * const initialState: IbexInitialState = { session: await getIbexSession(await cookies(), ibex) }
 */
export type IbexInitialState = {
  session: IbexProxySession | null
}
