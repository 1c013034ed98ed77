import { refreshTokens } from '../actions/auth/refreshTokens.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { IbexHttpContext } from '../http/IbexHttpContext.ts'
import { request } from '../http/request.ts'
import { mergeProtocolProfile } from '../protocol/mergeProtocolProfile.ts'
import type { IbexSessionRecord } from '../session/IbexSessionRecord.ts'
import { createLastUserStore } from '../session/createLastUserStore.ts'
import { createSessionStore } from '../session/createSessionStore.ts'
import { createTokenRefresher } from '../session/createTokenRefresher.ts'
import type { IbexSessionStore } from '../session/IbexSessionStore.ts'
import { scheduleProactiveRefresh } from '../session/scheduleProactiveRefresh.ts'
import type { IbexAuthResponse, IbexWalletMode } from '../session/sessionFromAuthResponse.ts'
import { sessionFromAuthResponse } from '../session/sessionFromAuthResponse.ts'
import { syncSessionAcrossTabs } from '../session/syncSessionAcrossTabs.ts'
import { resolveStorage } from '../storage/resolveStorage.ts'
import { createTabChannel } from '../tabs/createTabChannel.ts'
import { createTabLock } from '../tabs/createTabLock.ts'
import type { CreateIbexClientOptions, IbexClient, IbexClientConfig } from './IbexClient.ts'

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
  }

  const store = createSessionStore({
    storage: resolveStorage(options.storage),
    key: config.storageKey,
    now,
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
  const cancelSchedule = scheduleProactiveRefresh(store, refresher.refresh, {
    now,
    leewayMs: config.refreshLeewayMs,
  })

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
    request: (requestOptions) => request(httpContext, refresher, requestOptions),
    session,
    getAccessToken: refresher.getAccessToken,
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
