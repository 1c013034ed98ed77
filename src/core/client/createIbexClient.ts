import { refreshTokens } from '../actions/auth/refreshTokens.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { IbexHttpContext } from '../http/IbexHttpContext.ts'
import { request, type IbexTokenSource } from '../http/request.ts'
import { IbexSessionError } from '../errors/IbexSessionError.ts'
import { mergeProtocolProfile } from '../protocol/mergeProtocolProfile.ts'
import type { IbexSessionRecord } from '../session/IbexSessionRecord.ts'
import { createLastUserStore } from '../session/createLastUserStore.ts'
import { createProxySessionStorage } from '../session/createProxySessionStorage.ts'
import { createSessionStore } from '../session/createSessionStore.ts'
import { createTokenRefresher } from '../session/createTokenRefresher.ts'
import { refreshDueAt } from '../session/refreshDueAt.ts'
import type { IbexSessionStore } from '../session/IbexSessionStore.ts'
import { scheduleProactiveRefresh } from '../session/scheduleProactiveRefresh.ts'
import type { IbexAuthResponse, IbexWalletMode } from '../session/sessionFromAuthResponse.ts'
import { sessionFromAuthResponse } from '../session/sessionFromAuthResponse.ts'
import { syncSessionAcrossTabs } from '../session/syncSessionAcrossTabs.ts'
import { resolveStorage } from '../storage/resolveStorage.ts'
import { createTabChannel } from '../tabs/createTabChannel.ts'
import { createTabLock } from '../tabs/createTabLock.ts'
import type { CreateIbexClientOptions, IbexClient, IbexClientConfig } from './IbexClient.ts'

function signedOutError(): IbexSessionError {
  return new IbexSessionError({
    code: 'session/signed-out',
    message: 'No IBEx session: sign the user in first.',
  })
}

/** How long a tab about to refresh waits for another tab to offer a newer pair. */
const PEER_WAIT_MS = 50

/**
 * Creates an IBEx client. Safe to call on a server: nothing touches `window`, storage or
 * `BroadcastChannel` until needed, and a server client neither shares sessions nor keeps Node
 * alive.
 *
 * @example
 * import { createIbexClient, getSignInChallenge, submitSignIn } from 'ibex-react/core'
 *
 * const client = createIbexClient({
 *   baseUrl: 'https://passkeys-testnet.ibex.fi', // or '/ibex' behind a same-origin proxy
 *   rpId: 'example.com',
 *   storage: 'localStorage',
 *   onSessionChange: (session) => console.log(session.status),
 * })
 * const challenge = await getSignInChallenge(client, { wallet: 'passkeys' })
 * const credential = await startAuthentication({ optionsJSON: challenge.options })
 * const { user } = await submitSignIn(client, { wallet: 'passkeys', credential, includeBalance: true })
 * const me = await client.request({ path: '/v1.2/users/me' }) // Bearer, refreshed when due
 */
export function createIbexClient(options: CreateIbexClientOptions): IbexClient {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new IbexValidationError({
      code: 'validation/base-url-missing',
      field: 'baseUrl',
      message:
        "createIbexClient needs `baseUrl`: an IBEx host such as 'https://passkeys-testnet.ibex.fi', or a same-origin proxy path such as '/ibex'.",
    })
  }
  const baseUrl = options.baseUrl.trim().replace(/\/+$/, '')
  const transport = options.transport === 'proxy' ? 'proxy' : 'direct'
  const namespace = `${options.rpId ?? '*'}@${baseUrl}`
  const crossTab =
    options.crossTab === undefined
      ? typeof window !== 'undefined' && typeof BroadcastChannel === 'function'
      : options.crossTab !== false
  const channelName =
    (typeof options.crossTab === 'object' ? options.crossTab.channelName : undefined) ??
    `ibex:${namespace}`
  const protocol = mergeProtocolProfile(options.protocol)
  const config: IbexClientConfig = Object.freeze({
    baseUrl,
    rpId: options.rpId,
    chainId: options.chainId ?? 421614,
    appId:
      options.appId ??
      protocol.kdf.appId ??
      options.rpId ??
      globalThis.location?.hostname ??
      'localhost',
    env: options.env ?? protocol.kdf.env,
    protocol,
    timeoutMs: options.timeoutMs ?? 30_000,
    sendIbexAuthHeader: options.sendIbexAuthHeader ?? false,
    crossTab,
    channelName,
    storageKey: `ibex:session:${namespace}`,
    retry: Object.freeze({ attempts: 3, baseDelayMs: 300, maxDelayMs: 10_000, ...options.retry }),
    refreshLeewayMs: options.refreshLeewayMs ?? 5 * 60_000,
    transport,
  })
  const now = options.now ?? (() => Date.now())
  const httpContext: IbexHttpContext = {
    baseUrl,
    rpId: config.rpId,
    chainId: config.chainId,
    timeoutMs: config.timeoutMs,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sendIbexAuthHeader: config.sendIbexAuthHeader,
    retry: config.retry,
    transport,
  }

  const initial = transport === 'proxy' ? options.initialState : undefined
  const store = createSessionStore({
    storage:
      transport === 'proxy'
        ? createProxySessionStorage({ baseUrl, fetch: httpContext.fetch })
        : resolveStorage(options.storage),
    key: config.storageKey,
    now,
    initial: initial && {
      record: initial.session && {
        v: 1,
        // Held by the proxy; fetched when the WebSocket needs it (see getAccessToken).
        accessToken: '',
        // Behind a proxy the pair's opaque id stands for the refresh token: the browser sends it
        // back when it asks for a refresh and compares it to spot a newer pair.
        refreshToken: initial.session.sessionId,
        expiresAt: initial.session.expiresAt,
        issuedAt: initial.session.issuedAt,
        user: initial.session.user,
      },
    },
  })
  const lastUser = createLastUserStore(`ibex:last-user:${namespace}`)
  const tabs = crossTab ? syncSessionAcrossTabs(store, createTabChannel(channelName)) : undefined
  const lock = createTabLock(`${channelName}:refresh`, { scope: crossTab ? 'tabs' : 'local' })

  async function applyAuthResponse(
    response: IbexAuthResponse,
    applyOptions: {
      wallet?: IbexWalletMode | undefined
      endpoint?: string | undefined
      emailHint?: string | undefined
    } = {},
  ): Promise<IbexSessionRecord> {
    const record = sessionFromAuthResponse(response, {
      now: now(),
      chainId: config.chainId,
      previous: store.getRecord()?.user,
      wallet: applyOptions.wallet,
      endpoint: applyOptions.endpoint,
    })
    // Written before the other tabs hear of it, so a tab that re-reads storage finds it.
    await store.setRecord(record)
    tabs?.announce(record)
    const { externalUserId, authMethod } = record.user
    const last = lastUser.get()
    const emailHint =
      applyOptions.emailHint ??
      (last?.externalUserId === externalUserId ? last.emailHint : undefined)
    lastUser.set({ externalUserId, authMethod, ...(emailHint === undefined ? {} : { emailHint }) })
    return record
  }

  async function signOut(): Promise<void> {
    await store.setRecord(null)
    tabs?.announceSignOut()
  }

  const refresher = createTokenRefresher({
    store,
    lock,
    tabs,
    async exchange(refreshToken) {
      const response = await refreshTokens(client, { refreshToken })
      return applyAuthResponse(response, { endpoint: 'POST /v1.2/auth/refresh' })
    },
    signOut,
    now,
    refreshLeewayMs: config.refreshLeewayMs,
    peerWaitMs: PEER_WAIT_MS,
  })
  // A server rendering behind the proxy never refreshes: the browser does, one tab at a time.
  const cancelSchedule =
    transport === 'proxy' && typeof window === 'undefined'
      ? () => {}
      : scheduleProactiveRefresh(store, refresher.refresh, {
          now,
          leewayMs: config.refreshLeewayMs,
        })

  // Behind the proxy a request needs no token, only a live session: the pair's id plays the
  // token's part in the 401 replay (refresh once, unless another caller already did).
  const proxyTokens: IbexTokenSource = {
    async getAccessToken() {
      await store.whenReady()
      const record = store.getRecord()
      if (!record) throw signedOutError()
      if (now() < refreshDueAt(record, config.refreshLeewayMs)) return record.refreshToken
      return (await refresher.refresh()).refreshToken
    },
    async tokenAfterUnauthorized(rejected) {
      const record = store.getRecord()
      if (!record) throw signedOutError()
      if (record.refreshToken !== rejected) return record.refreshToken
      return (await refresher.refresh()).refreshToken
    },
  }

  async function getAccessToken(): Promise<string> {
    await store.whenReady()
    const record = store.getRecord()
    if (transport === 'proxy' && record?.accessToken === '') {
      // Started from a server's initialState: ask the proxy for the access token.
      const stored = await store.readStored()
      if (!stored) {
        await signOut()
        throw signedOutError()
      }
      if (stored.accessToken !== '' && stored.issuedAt >= record.issuedAt) {
        await store.setRecord(stored)
      }
    }
    return refresher.getAccessToken()
  }

  let lastSnapshot = store.getSnapshot()
  const { onSessionChange } = options
  const stopNotifying = onSessionChange
    ? store.subscribe(() => {
        const snapshot = store.getSnapshot()
        if (snapshot === lastSnapshot) return
        lastSnapshot = snapshot
        onSessionChange(snapshot)
      })
    : () => {}

  const session: IbexSessionStore = {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    getServerSnapshot: store.getServerSnapshot,
    getTokens: store.getTokens,
    whenReady: store.whenReady,
    applyAuthResponse: async (response, applyOptions) =>
      (await applyAuthResponse(response, applyOptions)).user,
  }

  const client: IbexClient = {
    config,
    request: (requestOptions) =>
      request(httpContext, transport === 'proxy' ? proxyTokens : refresher, requestOptions),
    session,
    getAccessToken,
    async refresh() {
      await refresher.refresh()
    },
    signOut,
    lastUser,
    destroy() {
      cancelSchedule()
      stopNotifying()
      tabs?.stop()
      lock.close()
    },
  }
  return client
}
