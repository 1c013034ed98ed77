import type { SchemaOutput, StandardSchema } from '../parse/StandardSchema.ts'
import type {
  IbexProtocolProfile,
  IbexProtocolProfileInput,
} from '../protocol/IbexProtocolProfile.ts'
import type { IbexRetryPolicy } from '../http/IbexHttpContext.ts'
import type { IbexRequestOptions } from '../http/IbexRequestOptions.ts'
import type { IbexLastUserStore } from '../session/createLastUserStore.ts'
import type { IbexInitialState } from '../session/IbexInitialState.ts'
import type { IbexSessionSnapshot } from '../session/IbexSessionSnapshot.ts'
import type { IbexSessionStore } from '../session/IbexSessionStore.ts'
import type { IbexStorageOption } from '../storage/IbexStorageAdapter.ts'

/**
 * Options of `createIbexClient`.
 *
 * @example
 * const options: CreateIbexClientOptions = { baseUrl: '/ibex', rpId: 'example.com', storage: 'localStorage' }
 */
export type CreateIbexClientOptions = {
  /** IBEx host (`https://passkeys-testnet.ibex.fi`, `http://127.0.0.1:8787`) or a same-origin proxy path (`/ibex`). */
  baseUrl: string
  /** Tenant, sent as `X-RpId` and `X-Rp-Id`. Leave it out to let the browser's `Origin` decide. */
  rpId?: string | undefined
  /** Chain sent as `X-Blockchain-Id` on calls that take one. Default 421614 (Arbitrum Sepolia). */
  chainId?: number | undefined
  /** Default: the global `fetch`, looked up at call time (so test interceptors installed later apply). */
  fetch?: typeof globalThis.fetch | undefined
  /** Where the session is kept. Default `'memory'` (signed out on reload). */
  storage?: IbexStorageOption | undefined
  /**
   * KDF `appId` (docs/protocol.md). Default: `protocol.kdf.appId`, else `rpId`, else the page's
   * hostname, else `'localhost'`.
   */
  appId?: string | undefined
  /** KDF `env`. Default: `protocol.kdf.env` (`'v1'`). */
  env?: string | undefined
  /**
   * The rules IBEx does not publish (proof message, nonce, timestamp, signature, HKDF, email
   * backup, operation signature), as a part of {@link IbexProtocolProfile} deep-merged over
   * `defaultProtocolProfile`. Paste what `ibex-doctor --create-test-user` prints when a tenant
   * differs. Checked at once (`validation/protocol-invalid`).
   */
  protocol?: IbexProtocolProfileInput | undefined
  /** Per attempt. Default 30 000 ms. */
  timeoutMs?: number | undefined
  /** Also send `X-IBEx-Auth: Bearer …` (for proxies that drop `Authorization`; docs/protocol.md). */
  sendIbexAuthHeader?: boolean | undefined
  /** Called with the new snapshot whenever it changes. */
  onSessionChange?: ((snapshot: IbexSessionSnapshot) => void) | undefined
  /**
   * Keep tabs in step (shared refresh, sign-out everywhere). Default `true` in browsers with
   * `BroadcastChannel`, `false` elsewhere (servers must not share sessions between requests).
   * `{ channelName }` overrides the channel (tests use it to simulate two tabs).
   */
  crossTab?: boolean | { channelName?: string | undefined } | undefined
  /** Clock, ms since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined
  /** Back-off of GETs on 429/503. Default `{ attempts: 3, baseDelayMs: 300, maxDelayMs: 10_000 }`. */
  retry?: Partial<IbexRetryPolicy> | undefined
  /** Refresh this long before the access token expires. Default 5 min. */
  refreshLeewayMs?: number | undefined
  /**
   * `'direct'` (default): the browser calls IBEx at `baseUrl` and holds the tokens (in `storage`).
   * `'proxy'`: `baseUrl` is a same-origin route made with `createIbexProxy` (`ibex-react/server`).
   * The tokens then live in the proxy's encrypted HttpOnly cookie: requests carry no token (the
   * proxy adds it), `storage` is ignored, the browser keeps at most the short-lived access token
   * in memory (for the WebSocket) and never the refresh token. Refreshes still go one at a time
   * across tabs, so no two server instances ever spend the same refresh token.
   * `client.session.getTokens()` then holds the pair's opaque id in place of the refresh token.
   *
   * @example
   * createIbexClient({ transport: 'proxy', baseUrl: '/api/ibex', rpId: 'example.com' })
   */
  transport?: 'direct' | 'proxy' | undefined
  /**
   * With `transport: 'proxy'`: the session a server read from the cookie (`getIbexSession`), so
   * the first render is signed in (or signed out) on the server and in the browser alike, with no
   * `loading` state. Without it the client asks the proxy at start-up.
   */
  initialState?: IbexInitialState | undefined
}

/**
 * The client's resolved configuration.
 *
 * @example
 * client.config.appId // 'localhost'
 */
export type IbexClientConfig = Readonly<{
  baseUrl: string
  rpId: string | undefined
  chainId: number
  appId: string
  env: string
  /** The complete protocol profile (default merged with `protocol`). */
  protocol: IbexProtocolProfile
  timeoutMs: number
  sendIbexAuthHeader: boolean
  crossTab: boolean
  /** BroadcastChannel name for session messages; the refresh lock derives its name from it. */
  channelName: string
  /** Storage key of the session, namespaced by rpId and base URL. */
  storageKey: string
  retry: Readonly<IbexRetryPolicy>
  refreshLeewayMs: number
  transport: 'direct' | 'proxy'
}>

/**
 * A framework-free IBEx client: configuration, the request function, the session and the last
 * user. Actions (`getSignInChallenge(client, …)`, …) take it as their first argument.
 *
 * @example
 * const client = createIbexClient({ baseUrl: 'https://passkeys-testnet.ibex.fi' })
 * client.session.subscribe(() => render(client.session.getSnapshot()))
 */
export type IbexClient = {
  readonly config: IbexClientConfig
  /**
   * Calls IBEx (see `IbexRequestOptions`): authenticated unless `auth: false`, the body checked
   * against `schema`.
   */
  request<TSchema extends StandardSchema = StandardSchema>(
    options: IbexRequestOptions<TSchema>,
  ): Promise<SchemaOutput<TSchema>>
  readonly session: IbexSessionStore
  /** A valid access token (refreshed first when due), e.g. for the WebSocket's first message. */
  getAccessToken(): Promise<string>
  /** Refreshes the token pair now (shared with concurrent callers and other tabs). */
  refresh(): Promise<void>
  /** Forgets the session here and in every tab (IBEx has no logout endpoint). Keeps `lastUser`. */
  signOut(): Promise<void>
  readonly lastUser: IbexLastUserStore
  /** Stops the refresh timer and closes the tab channels. */
  destroy(): void
}
